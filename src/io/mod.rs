//! Models as files: a versioned JSON document keyed by stable ids.
//!
//! ```json
//! {
//!   "format_version": 2,
//!   "info": { "name": "my_model" },
//!   "mechanisms": [
//!     { "id": "isp_skills", "kind": "resource", "label": "ISP skills", "resource": "skills" },
//!     { "id": "trust", "kind": "reasoning", "label": "Trust", "reasoning": "relational" }
//!   ],
//!   "links": [
//!     { "from": "isp_skills", "to": "trust", "relation": "leads_to" }
//!   ]
//! }
//! ```
//!
//! A mechanism carries the fields of its kind: `resource` for resources; `reasoning` (and
//! optionally `com_b`) for reasoning; `cfir_domain` and/or `cfir_construct` for context;
//! `levels` (and optionally `implementation_outcome`) for outcomes. Links default to
//! `"polarity": "positive"` and `"basis": "text"`, and may carry a `"weight"` and
//! `"moderators"` (format version 2; version-1 files still load). Unknown fields are
//! rejected. Loading runs
//! the builder's validation; saving writes declaration order, so diffs stay clean.
//!
//! `Serialize`/`Deserialize` on [`MechanismGraph`](crate::MechanismGraph) use the same
//! document, so the model also travels through any serde format.
//!
//! [`to_graphml`] and [`from_graphml`] store the same model as GraphML (see
//! [`export::graphml`](crate::export::graphml)), so a model edited in yEd or Gephi can come
//! back, with the same validation.

mod collected;
mod document;
mod file;
mod format;
mod graphml;
mod json;
mod line_table;
mod record;
#[cfg(feature = "schemars")]
mod schema;
mod serde_words;
mod version;
mod xml_limits;

pub use file::{
    parse, read_file, read_file_as, read_json_file, text_of, to_text, write_file, write_file_as,
    write_json_file,
};
pub use format::Format;
pub(crate) use graphml::record_starts as graphml_record_starts;
pub use graphml::{from_graphml, to_graphml};
pub use json::{from_json, to_json, to_json_compact};
pub(crate) use json::{place, record_starts, JsonParts, RecordStarts};
#[cfg(feature = "schemars")]
pub use schema::json_schema;
#[cfg(feature = "schemars")]
pub(crate) use schema::schema_text;
pub(crate) use serde_words::translate;
pub use version::{FORMAT_VERSION, OLDEST_FORMAT_VERSION};
