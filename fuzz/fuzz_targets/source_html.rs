//! Raw bytes read as the Html format (forced), every article drained, then
//! `Doc::new`, segmentation and JSON output. Must never panic.
#![no_main]

use herald_io::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    herald_fuzz::run_source(data, Some(Format::Html), false);
});
