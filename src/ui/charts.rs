//! Charts drawn with characters, for F7: horizontal bars and a sparkline.
//! Their meaning is in the characters and the numbers written beside them,
//! never in colour, so they read the same on a monochrome terminal, and
//! they are laid out for the reading direction (a bar grows from the
//! label's side).

/// A full block: bars are whole cells, so that a bar reads the same in
/// either direction (the partial blocks lean left).
pub const BLOCK: char = '█';

/// The sparkline's levels, lowest first; a week with nobody is `·`.
const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
pub const NONE: char = '·';

/// A bar of `n` against the largest `max`, `width` cells at most, at
/// least one cell for anything above zero (so that 1 never looks like 0).
/// Padded to `width`, the bar at the reading start: for right-to-left,
/// at the right.
pub fn bar(n: u64, max: u64, width: usize, rtl: bool) -> String {
    let cells = if n == 0 || max == 0 || width == 0 {
        0
    } else {
        let exact = (n as u128 * width as u128).div_ceil(max as u128) as usize;
        exact.clamp(1, width)
    };
    let bar: String = std::iter::repeat_n(BLOCK, cells).collect();
    let pad = " ".repeat(width - cells);
    if rtl {
        format!("{pad}{bar}")
    } else {
        format!("{bar}{pad}")
    }
}

/// A sparkline of `values` in at most `width` cells: when there are more
/// values than cells, neighbours are added up so that every value counts.
/// With room to spare, each value takes up to three cells, so that a
/// month's few weeks still make a shape. Returns the line (oldest first;
/// reversed for right-to-left, so that time runs in the reading direction)
/// and how many values each cell holds.
pub fn sparkline(values: &[u64], width: usize, rtl: bool) -> (String, usize) {
    if values.is_empty() || width == 0 {
        return (String::new(), 1);
    }
    let per = values.len().div_ceil(width);
    let cells: Vec<u64> = values.chunks(per).map(|c| c.iter().sum()).collect();
    let max = cells.iter().copied().max().unwrap_or(0);
    let wide = if per == 1 {
        (width / values.len()).clamp(1, 3)
    } else {
        1
    };
    let mut line: Vec<char> = cells
        .iter()
        .map(|&v| {
            if v == 0 || max == 0 {
                NONE
            } else {
                let i = ((v as u128 * LEVELS.len() as u128).div_ceil(max as u128) as usize)
                    .clamp(1, LEVELS.len());
                LEVELS[i - 1]
            }
        })
        .flat_map(|c| std::iter::repeat_n(c, wide))
        .collect();
    if rtl {
        line.reverse();
    }
    (line.into_iter().collect(), per)
}

/// The change from `before` to `now`, with an arrow as well as the sign:
/// "▲ +37", "▼ -12", "= 0".
pub fn change(diff: i128, shown: impl Fn(u128) -> String) -> String {
    match diff.signum() {
        1 => format!("▲ +{}", shown(diff.unsigned_abs())),
        -1 => format!("▼ -{}", shown(diff.unsigned_abs())),
        _ => "= 0".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_characters_scaled_to_the_largest() {
        assert_eq!(bar(10, 10, 5, false), "█████");
        assert_eq!(bar(5, 10, 4, false), "██  ");
        assert_eq!(bar(1, 1000, 4, false), "█   ", "never empty above zero");
        assert_eq!(bar(0, 10, 3, false), "   ");
        assert_eq!(bar(5, 10, 4, true), "  ██", "grows from the right in RTL");
    }

    #[test]
    fn a_sparkline_adds_up_weeks_it_cannot_fit() {
        let (line, per) = sparkline(&[0, 1, 2, 4, 8], 5, false);
        assert_eq!((line.as_str(), per), ("·▁▂▄█", 1));
        // Room to spare: wider marks.
        let (line, _) = sparkline(&[0, 8], 10, false);
        assert_eq!(line, "···███");
        let (line, per) = sparkline(&[1, 1, 0, 0, 4, 4], 3, false);
        assert_eq!((line.as_str(), per), ("▂·█", 2));
        assert_eq!(sparkline(&[0, 8], 2, true).0, "█·");
    }

    #[test]
    fn changes_carry_an_arrow_and_a_sign() {
        let n = |v: u128| v.to_string();
        assert_eq!(change(37, n), "▲ +37");
        assert_eq!(change(-12, n), "▼ -12");
        assert_eq!(change(0, n), "= 0");
    }
}
