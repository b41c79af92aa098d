//! One table per vocabulary, one macro to turn it into a typed enum.
//!
//! Keeping id, label, description and aliases in a single row means they cannot drift
//! apart, and every vocabulary gets identical behaviour (ids, parsing, serde, schema).

/// Declares a vocabulary enum from a table of `Variant = "id" { label, description, aliases }`.
///
/// Generates the enum (with `Copy`, `Ord` in declaration order, `Hash`, `Debug`), inherent
/// `ALL`/`as_str`/`label`/`description`, the [`Term`](crate::vocab::Term) impl, `Display`
/// (the label), tolerant `FromStr`, strict id-only serde, and a JSON Schema string enum.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($vocab:literal) {
            $(
                $variant:ident = $id:literal {
                    $label:literal,
                    $desc:literal
                    $(, aliases: [$($alias:literal),* $(,)?])?
                    $(,)?
                }
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(
                #[doc = concat!("**", $label, "** (`", $id, "`): ", $desc)]
                $variant,
            )+
        }

        impl $name {
            /// Every term, in the framework's own order (see [`Term::all`](crate::vocab::Term::all)).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable snake_case id (see [`Term::as_str`](crate::vocab::Term::as_str)).
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// The human label (see [`Term::label`](crate::vocab::Term::label)).
            pub const fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// A short description in this crate's words (see
            /// [`Term::description`](crate::vocab::Term::description)).
            pub const fn description(self) -> &'static str {
                match self { $($name::$variant => $desc),+ }
            }
        }

        impl $crate::vocab::Term for $name {
            const VOCABULARY: &'static str = $vocab;
            fn all() -> &'static [Self] {
                Self::ALL
            }
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
            fn label(self) -> &'static str {
                $name::label(self)
            }
            fn description(self) -> &'static str {
                $name::description(self)
            }
            fn aliases(self) -> &'static [&'static str] {
                match self { $($name::$variant => &[$($($alias),*)?]),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.label())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <Self as $crate::vocab::Term>::lookup(s)
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            /// Reads the id where the input lends it: no `String` per term read.
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<$name, E> {
                        <$name as $crate::vocab::Term>::from_id(text).ok_or_else(|| {
                            E::custom($crate::vocab::unknown_term_kind::<$name>(text))
                        })
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }

        #[cfg(feature = "schemars")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": concat!($vocab, " (stable id)"),
                    "type": "string",
                    "enum": [$($id),+],
                })
            }
        }
    };
}
