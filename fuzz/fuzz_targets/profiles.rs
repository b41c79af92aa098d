//! The profile JSON reader: never a panic; profiles read save and reload equal.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(profiles) = isp_moc::assess::profiles_from_json(text) {
        let saved = isp_moc::assess::profiles_to_json(&profiles);
        assert_eq!(
            isp_moc::assess::profiles_from_json(&saved).unwrap(),
            profiles
        );
    }
});
