//! The little SQL both backends speak: bound values, rows of values, and a
//! connection that runs statements. The store's logic (writes with
//! deduplication, queries) is written once over [`Sql`]; each backend adapts
//! its driver to it. Statements are written with `?N` placeholders;
//! PostgreSQL's adapter turns them into `$N`.

use crate::{Dialect, Param, StoreError};

/// A bound value or a cell of a result row.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// SQL NULL.
    Null,
    /// An integer.
    Int(i64),
    /// A floating-point number.
    Real(f64),
    /// Text.
    Text(String),
    /// A boolean (an integer in SQLite).
    Bool(bool),
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(v)
    }
}
impl From<u32> for Value {
    fn from(v: u32) -> Value {
        Value::Int(i64::from(v))
    }
}
impl From<usize> for Value {
    fn from(v: usize) -> Value {
        Value::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
impl From<u8> for Value {
    fn from(v: u8) -> Value {
        Value::Int(i64::from(v))
    }
}
impl From<f64> for Value {
    fn from(v: f64) -> Value {
        Value::Real(v)
    }
}
impl From<f32> for Value {
    fn from(v: f32) -> Value {
        Value::Real(f64::from(v))
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Bool(v)
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Text(v.to_owned())
    }
}
impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Text(v)
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Value {
        Value::Text(v.clone())
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}
impl From<&Param> for Value {
    fn from(p: &Param) -> Value {
        match p {
            Param::Text(s) => Value::Text(s.clone()),
            Param::Int(i) => Value::Int(*i),
        }
    }
}

/// `[a.into(), b.into(), …]`.
macro_rules! vals {
    ($($v:expr),* $(,)?) => { [$($crate::sql::Value::from($v)),*] };
}
pub(crate) use vals;

/// One result row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row(pub Vec<Value>);

fn bad(i: usize, want: &str, got: &Value) -> StoreError {
    StoreError::BadRequest(format!("column {i}: expected {want}, found {got:?}"))
}

impl Row {
    fn cell(&self, i: usize) -> &Value {
        self.0.get(i).unwrap_or(&Value::Null)
    }

    /// An integer or NULL.
    ///
    /// # Errors
    /// The cell holds something else.
    pub fn opt_i64(&self, i: usize) -> Result<Option<i64>, StoreError> {
        match self.cell(i) {
            Value::Null => Ok(None),
            Value::Int(v) => Ok(Some(*v)),
            Value::Bool(b) => Ok(Some(i64::from(*b))),
            v => Err(bad(i, "an integer", v)),
        }
    }

    /// An integer.
    ///
    /// # Errors
    /// The cell is NULL or not an integer.
    pub fn i64(&self, i: usize) -> Result<i64, StoreError> {
        self.opt_i64(i)?
            .ok_or_else(|| bad(i, "an integer", &Value::Null))
    }

    /// A number or NULL.
    ///
    /// # Errors
    /// The cell holds text.
    pub fn opt_f64(&self, i: usize) -> Result<Option<f64>, StoreError> {
        match self.cell(i) {
            Value::Null => Ok(None),
            Value::Real(v) => Ok(Some(*v)),
            #[allow(clippy::cast_precision_loss)]
            Value::Int(v) => Ok(Some(*v as f64)),
            v => Err(bad(i, "a number", v)),
        }
    }

    /// A number (NULL reads as 0, as SQL's `avg` of nothing).
    ///
    /// # Errors
    /// The cell holds text.
    pub fn f64(&self, i: usize) -> Result<f64, StoreError> {
        Ok(self.opt_f64(i)?.unwrap_or(0.0))
    }

    /// Text or NULL.
    ///
    /// # Errors
    /// The cell holds a number.
    pub fn opt_text(&self, i: usize) -> Result<Option<String>, StoreError> {
        match self.cell(i) {
            Value::Null => Ok(None),
            Value::Text(s) => Ok(Some(s.clone())),
            v => Err(bad(i, "text", v)),
        }
    }

    /// Text.
    ///
    /// # Errors
    /// The cell is NULL or not text.
    pub fn text(&self, i: usize) -> Result<String, StoreError> {
        self.opt_text(i)?
            .ok_or_else(|| bad(i, "text", &Value::Null))
    }

    /// A boolean (an integer 0/1 in SQLite).
    ///
    /// # Errors
    /// The cell is not a boolean or integer.
    pub fn bool(&self, i: usize) -> Result<bool, StoreError> {
        match self.cell(i) {
            Value::Bool(b) => Ok(*b),
            Value::Int(v) => Ok(*v != 0),
            v => Err(bad(i, "a boolean", v)),
        }
    }
}

/// A connection (or transaction) that runs statements.
pub trait Sql {
    /// Which SQL this is.
    fn dialect(&self) -> Dialect;

    /// Runs a statement; returns the number of rows it changed.
    ///
    /// # Errors
    /// A database error.
    fn execute(&mut self, sql: &str, params: &[Value]) -> Result<usize, StoreError>;

    /// Runs a query and hands each row to `each`, streaming.
    ///
    /// # Errors
    /// A database error, or the first error `each` returns.
    fn each_row(
        &mut self,
        sql: &str,
        params: &[Value],
        each: &mut dyn FnMut(Row) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;

    /// Inserts many rows into `table` (`columns` in order).
    ///
    /// # Errors
    /// A database error.
    fn insert_many(
        &mut self,
        table: &str,
        columns: &[&str],
        rows: &[Vec<Value>],
    ) -> Result<(), StoreError>;

    /// The first row of a query, if any.
    ///
    /// # Errors
    /// A database error.
    fn first(&mut self, sql: &str, params: &[Value]) -> Result<Option<Row>, StoreError> {
        let mut out = None;
        self.each_row(sql, params, &mut |r| {
            if out.is_none() {
                out = Some(r);
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// Every row of a query.
    ///
    /// # Errors
    /// A database error.
    fn all(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StoreError> {
        let mut out = Vec::new();
        self.each_row(sql, params, &mut |r| {
            out.push(r);
            Ok(())
        })?;
        Ok(out)
    }
}

/// `rows` groups of `width` numbered placeholders, `(?1, ?2), (?3, ?4)`,
/// for a multi-row `VALUES` list.
#[must_use]
pub fn placeholder_rows(rows: usize, width: usize) -> String {
    let mut out = String::with_capacity(rows * width * 5);
    let mut n = 0;
    for r in 0..rows {
        out.push_str(if r == 0 { "(" } else { ", (" });
        for c in 0..width {
            n += 1;
            if c > 0 {
                out.push_str(", ");
            }
            out.push('?');
            out.push_str(&n.to_string());
        }
        out.push(')');
    }
    out
}

/// `?N` placeholders as PostgreSQL's `$N` (outside string literals).
#[must_use]
pub fn to_dollar(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quoted = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            quoted = !quoted;
        }
        if c == '?' && !quoted && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('$');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_rows_number_every_value() {
        assert_eq!(placeholder_rows(2, 3), "(?1, ?2, ?3), (?4, ?5, ?6)");
        assert_eq!(placeholder_rows(0, 3), "");
    }

    #[test]
    fn placeholders_become_dollars_outside_literals() {
        assert_eq!(
            to_dollar("SELECT '?1', ?1 WHERE a = ?12"),
            "SELECT '?1', $1 WHERE a = $12"
        );
    }

    #[test]
    fn rows_read_typed_cells() {
        let r = Row(vec![
            Value::Int(3),
            Value::Null,
            Value::Text("x".into()),
            Value::Int(1),
        ]);
        assert_eq!(r.i64(0).unwrap(), 3);
        assert_eq!(r.opt_i64(1).unwrap(), None);
        assert!(r.i64(1).is_err());
        assert_eq!(r.text(2).unwrap(), "x");
        assert!(r.i64(2).is_err());
        assert!(r.bool(3).unwrap());
        assert!((r.f64(0).unwrap() - 3.0).abs() < 1e-9);
        assert_eq!(r.opt_text(9).unwrap(), None);
    }
}
