//! Reading a [`Citation`] from a file: the canonical object, or the text `parse` reads.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::Citation;

/// The canonical form of a citation in files (what saving writes).
#[derive(Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "CitationObject"))]
#[serde(deny_unknown_fields)]
struct CitationObject {
    /// Authors as cited: "Akin", "Kristensen & Hounsgaard", "Barac et al.".
    authors: String,
    /// Publication year.
    year: u16,
    /// Letter telling apart same-author, same-year studies ("2018b" has `b`).
    #[serde(default)]
    suffix: Option<char>,
    /// Where in the study: a page or section ("p. 37").
    #[serde(default)]
    locator: Option<String>,
}

impl<'de> Deserialize<'de> for Citation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Either;
        impl<'de> Visitor<'de> for Either {
            type Value = Citation;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a citation: an object, or text such as \"Williams et al. 2017\"")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Citation, E> {
                text.parse::<Citation>().map_err(|e| E::custom(e.kind()))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Citation, A::Error> {
                let o = CitationObject::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Citation {
                    authors: o.authors,
                    year: o.year,
                    suffix: o.suffix,
                    locator: o.locator,
                })
            }
        }
        deserializer.deserialize_any(Either)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Citation {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Citation".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let object = generator.subschema_for::<CitationObject>();
        schemars::json_schema!({
            "description": "An author-year reference to a study: an object (the form isp-moc writes), or the same as text, `Authors YYYY[x][, locator]` such as \"Williams et al. 2017\" or \"Brown et al. 2018b, p. 3\".",
            "oneOf": [
                object,
                {
                    "type": "string",
                    "pattern": "^\\S.* [0-9]{4}[a-z]?(, .*\\S)?$"
                }
            ]
        })
    }
}
