//! Bytes to text: UTF-8 (with or without BOM), UTF-16 by BOM, and anything
//! else by detected encoding.
//!
//! Owns the decision "is this text, and in which encoding". It does not
//! normalize (that is [`Doc::new`](herald_core::Doc::new)'s job).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::SourceErrorKind;

/// Decoded text and, when the encoding had to be guessed, a note saying which
/// one was used (the caller turns it into a warning).
#[derive(Debug)]
pub(crate) struct Decoded {
    pub text: String,
    pub guessed: Option<&'static str>,
}

/// Decodes `bytes` as text.
///
/// UTF-8 and BOM-marked UTF-16 are taken as they are. Bytes that are not
/// UTF-8 are decoded with the encoding `chardetng` detects (a legacy
/// single-byte or CJK encoding), and the result says so. NUL bytes outside
/// UTF-16 mean binary data and are refused.
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, SourceErrorKind> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == UTF_8 {
            return utf8_or_detect(body);
        }
        debug_assert!(encoding == UTF_16LE || encoding == UTF_16BE);
        let (text, _) = encoding.decode_without_bom_handling(body);
        return Ok(Decoded {
            text: text.into_owned(),
            guessed: None,
        });
    }
    utf8_or_detect(bytes)
}

fn utf8_or_detect(bytes: &[u8]) -> Result<Decoded, SourceErrorKind> {
    if let Some(offset) = memchr_nul(bytes) {
        return Err(SourceErrorKind::Binary { offset });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_owned(),
            guessed: None,
        }),
        Err(_) => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            Ok(Decoded {
                text: text.into_owned(),
                guessed: Some(encoding.name()),
            })
        }
    }
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_and_bom_is_dropped() {
        let d = decode("\u{feff}Zürich talks".as_bytes()).unwrap();
        assert_eq!(d.text, "Zürich talks");
        assert!(d.guessed.is_none());
    }

    #[test]
    fn latin1_is_detected_not_rejected() {
        // "Zürich and Genève" in windows-1252.
        let bytes = b"Z\xfcrich and Gen\xe8ve hosted the talks on Monday.";
        let d = decode(bytes).unwrap();
        assert_eq!(d.text, "Zürich and Genève hosted the talks on Monday.");
        assert_eq!(d.guessed, Some("windows-1252"));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "Kyiv said".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap().text, "Kyiv said");
    }

    #[test]
    fn nul_bytes_are_binary() {
        let err = decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert!(matches!(err, SourceErrorKind::Binary { offset: 8 }));
    }
}
