//! The segmenter on arbitrary UTF-8 text (not normalized first), with its
//! span invariants checked by `herald_fuzz::check_segments`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let segments = herald_stages::segment::segment(text);
    herald_fuzz::check_segments(text, &segments);
});
