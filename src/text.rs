//! Text folding shared by the engine (menus, commands, emergency words) and, later, the matcher.
//!
//! People type on cheap phones in a hurry: "Tolooong!!", "MENU", "1.", "kabur  dari majikan".
//! Comparisons therefore happen on a folded form: lower case, punctuation as spaces, one space
//! between words, and letters repeated three or more times squeezed to one.

/// Removes control characters (but newlines) and bidirectional overrides, and trims.
pub fn clean(input: &str) -> String {
    let kept: String =
        input.chars().filter(|&c| c == '\n' || !(c.is_control() || is_bidi_control(c) || c == '\u{feff}')).collect();
    kept.trim().to_owned()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The folded form used for every comparison.
pub fn normalize(s: &str) -> String {
    let folded: Vec<char> = s
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut out = String::with_capacity(folded.len());
    let mut i = 0;
    while i < folded.len() {
        let c = folded[i];
        let run = folded[i..].iter().take_while(|&&d| d == c).count();
        if c == ' ' {
            if !out.is_empty() {
                out.push(' ');
            }
        } else if run >= 3 && !c.is_numeric() {
            // "tolooong" -> "tolong": stretched letters are emphasis, not spelling. Digits are kept.
            out.push(c);
        } else {
            out.extend(std::iter::repeat_n(c, run));
        }
        i += run;
    }
    out.trim_end().to_owned()
}

/// Madurese and Sasak spellings carry accents (â, è) that phone keyboards rarely type.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    }
}

/// The words of a folded text.
pub fn words(s: &str) -> Vec<String> {
    normalize(s).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// Whether `needle` appears in `hay` as consecutive whole words.
pub fn contains_phrase(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Parses a whole number answer such as "3", " 12 ", "1.", "1)".
pub fn number(s: &str) -> Option<i64> {
    let t = s.trim().trim_end_matches(['.', ')']).trim();
    if t.is_empty() || t.len() > 15 || !t.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_punctuation_and_spacing() {
        assert_eq!(normalize("  Kabur, DARI   majikan!! "), "kabur dari majikan");
        assert_eq!(normalize("/MENU"), "menu");
        assert_eq!(normalize("😀😀"), "");
        assert_eq!(normalize("Binè'"), "bine");
        assert_eq!(normalize("Bhâsa Madhurâ"), "bhasa madhura");
    }

    #[test]
    fn squeezes_stretched_letters_but_not_digits() {
        assert_eq!(normalize("tolooooong"), "tolong");
        assert_eq!(normalize("taat"), "taat");
        assert_eq!(normalize("2000"), "2000");
    }

    #[test]
    fn phrases_match_whole_words_only() {
        let hay = words("saya mau kabur dari majikan");
        assert!(contains_phrase(&hay, &words("kabur dari majikan")));
        assert!(!contains_phrase(&hay, &words("dari maj")));
        assert!(!contains_phrase(&words("matikan lampu"), &words("mati")));
    }

    #[test]
    fn numbers_accept_trailing_marks() {
        assert_eq!(number("1."), Some(1));
        assert_eq!(number(" 12 "), Some(12));
        assert_eq!(number("1a"), None);
        assert_eq!(number("99999999999999999999"), None);
    }

    #[test]
    fn clean_strips_controls_and_bidi() {
        assert_eq!(clean("\u{202e}abc\u{0007}\n"), "abc");
        assert_eq!(clean("a\nb"), "a\nb");
    }
}
