//! The coded-excerpt CSV reader: never a panic, and a base read can be written.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(base) = isp_moc::synth::read_evidence_csv(text, &Default::default()) {
        let _ = (base.studies_to_csv(), base.excerpts_to_csv());
    }
});
