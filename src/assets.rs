//! Flow and locale files: the shipped ones embedded at build time, or a directory read at run time.
use std::path::Path;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/assets.rs"));
}

/// One source file: a display path (used in diagnostics) and its text.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: String,
    pub text: String,
}

/// The files the bot is made of. Locale files are grouped by their directory name (the language code).
#[derive(Debug, Clone, Default)]
pub struct Assets {
    pub flows: Vec<Source>,
    /// (language code, files of `locales/<code>/`), sorted by code.
    pub locales: Vec<(String, Vec<Source>)>,
}

impl Assets {
    /// The flows and locales compiled into this binary.
    pub fn embedded() -> Assets {
        let flows = embedded::FLOWS.iter().map(|(p, t)| source(p, t)).collect();
        let mut assets = Assets { flows, locales: Vec::new() };
        for (path, text) in embedded::LOCALES {
            assets.add_locale_file(source(path, text));
        }
        assets
    }

    /// Reads `flows` and `locales` directories from disk; `None` keeps the embedded ones.
    pub fn load(flows: Option<&Path>, locales: Option<&Path>) -> std::io::Result<Assets> {
        let embedded = Assets::embedded();
        let flows = match flows {
            Some(dir) => read_dir_sources(dir)?,
            None => embedded.flows,
        };
        let mut assets = Assets { flows, locales: Vec::new() };
        match locales {
            Some(dir) => {
                for src in read_dir_sources(dir)? {
                    assets.add_locale_file(src);
                }
            }
            None => assets.locales = embedded.locales,
        }
        Ok(assets)
    }

    fn add_locale_file(&mut self, src: Source) {
        // The language code is the name of the directory the file sits in.
        let lang = Path::new(&src.path)
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match self.locales.binary_search_by(|(code, _)| code.as_str().cmp(&lang)) {
            Ok(i) => self.locales[i].1.push(src),
            Err(i) => self.locales.insert(i, (lang, vec![src])),
        }
    }
}

fn source(path: &str, text: &str) -> Source {
    Source { path: path.to_owned(), text: text.to_owned() }
}

fn read_dir_sources(dir: &Path) -> std::io::Result<Vec<Source>> {
    let mut out = Vec::new();
    walk(dir, &mut out)?;
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<Source>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("toml" | "ftl")) {
            let bytes = std::fs::read(&path)?;
            let text = String::from_utf8(bytes).map_err(|_| {
                std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{}: not valid UTF-8", path.display()))
            })?;
            out.push(Source { path: path.display().to_string(), text });
        }
    }
    Ok(())
}
