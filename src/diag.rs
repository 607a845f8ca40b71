//! Diagnostics: every problem the loader or the checker finds, with the file, line and column an
//! author needs to fix it. They are collected, never thrown: one run of `pelita check` lists them all.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A 1-based line and column in a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Loc {
    pub line: usize,
    pub col: usize,
}

impl Loc {
    /// The line and column of a byte offset in `text` (columns count characters, not bytes).
    pub fn of_offset(text: &str, offset: usize) -> Loc {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Loc { line, col: before[line_start..].chars().count() + 1 }
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    pub loc: Loc,
    pub message: String,
}

impl Diagnostic {
    pub fn error(file: impl Into<String>, loc: Loc, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, file: file.into(), loc, message: message.into() }
    }

    pub fn warning(file: impl Into<String>, loc: Loc, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, file: file.into(), loc, message: message.into() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}:{}: {kind}: {}", self.file, self.loc.line, self.loc.col, self.message)
    }
}

/// Sorts diagnostics by file and position, so output is stable and reads top to bottom.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| (&a.file, a.loc, a.severity).cmp(&(&b.file, b.loc, b.severity)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(Loc::of_offset(text, 0), Loc { line: 1, col: 1 });
        assert_eq!(Loc::of_offset(text, 6), Loc { line: 2, col: 1 });
        // "é" is two bytes but one column.
        assert_eq!(Loc::of_offset(text, 9), Loc { line: 2, col: 3 });
        assert_eq!(Loc::of_offset(text, 999), Loc { line: 3, col: 1 });
    }
}
