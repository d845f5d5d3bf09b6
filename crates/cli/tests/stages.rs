//! `herald stages --list`.

use crate::util::herald;

#[test]
fn stages_list_snapshot() {
    let out = herald(&["stages", "--list"], None);
    assert!(out.status.success());
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stdout));
}

#[test]
fn help_and_version_read_well() {
    let out = herald(&["--help"], None);
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    for cmd in ["extract", "bench", "stages"] {
        assert!(help.contains(cmd), "--help lists {cmd}");
    }
    let out = herald(&["--version"], None);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("herald "));
}
