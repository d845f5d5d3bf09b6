//! Raw bytes with no format given: the format is sniffed from the first bytes
//! (as for standard input and extension-less files), with the default
//! options (English-only on). Must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    herald_fuzz::run_source(data, None, true);
});
