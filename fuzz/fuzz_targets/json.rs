//! The JSON model reader: never a panic; a success saves and reloads equal.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(g) = isp_moc::io::from_json(text) {
        let back = isp_moc::io::from_json(&isp_moc::io::to_json(&g)).unwrap();
        assert_eq!(back, g);
    }
});
