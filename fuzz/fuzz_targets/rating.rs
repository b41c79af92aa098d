//! The CFIR rating notation: never a panic; a rating's notation reads back.
#![no_main]

use isp_moc::vocab::CfirRating;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(rating) = text.parse::<CfirRating>() {
        assert_eq!(
            CfirRating::from_notation(rating.notation()).unwrap(),
            rating
        );
    }
});
