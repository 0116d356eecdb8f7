//! stub
use std::path::Path;
use super::{Imported, Options};
use crate::Error;
pub(crate) fn import(_path: &Path, _options: &Options) -> Result<Imported, Error> { Err(Error::Other("todo".into())) }
