//! Rows out, one at a time: CSV for spreadsheets, JSON for programs.
//!
//! CSV: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the
//! local code page and Arabic comes out as mojibake), CRLF line ends,
//! quoting by the `csv` crate, a header row of stable ids or the locale's
//! words, and every cell through [`Cell::csv`]. JSON: an array of objects
//! keyed by the stable ids, in column order, numbers as numbers.

use std::io::Write;

use super::{Cell, ExportError, Format, Header};
use crate::i18n::I18n;

/// A column: its stable id and the Fluent id of its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub id: &'static str,
    pub label: &'static str,
}

impl Column {
    pub const fn new(id: &'static str, label: &'static str) -> Column {
        Column { id, label }
    }
}

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

enum Sink<W: Write> {
    Csv(Box<csv::Writer<W>>),
    Json { out: W, first: bool },
}

pub struct TableWriter<W: Write> {
    ids: Vec<&'static str>,
    sink: Sink<W>,
    rows: u64,
}

impl<W: Write> TableWriter<W> {
    /// Starts a table: the byte-order mark and header (CSV) or the opening
    /// bracket (JSON). [`Format::Text`] is written as CSV: text is the
    /// report's alone ([`super::report::render_text`]).
    pub fn new(
        mut out: W,
        format: Format,
        columns: &[Column],
        header: Header,
        i18n: &I18n,
    ) -> Result<Self, ExportError> {
        let ids = columns.iter().map(|c| c.id).collect();
        let sink = match format {
            Format::Json => {
                out.write_all(b"[")?;
                Sink::Json { out, first: true }
            }
            Format::Csv | Format::Text => {
                out.write_all(BOM)?;
                let mut w = csv::WriterBuilder::new()
                    .terminator(csv::Terminator::CRLF)
                    .from_writer(out);
                let names: Vec<String> = columns
                    .iter()
                    .map(|c| match header {
                        Header::Ids => c.id.to_string(),
                        Header::Words => Cell::text(i18n.t(c.label)).csv(),
                    })
                    .collect();
                w.write_record(&names)?;
                Sink::Csv(Box::new(w))
            }
        };
        Ok(TableWriter { ids, sink, rows: 0 })
    }

    /// One row: as many cells as columns (missing ones are empty, extra
    /// ones dropped).
    pub fn row(&mut self, cells: &[Cell]) -> Result<(), ExportError> {
        let n = self.ids.len();
        let cell = |i: usize| cells.get(i).unwrap_or(&Cell::Empty);
        match &mut self.sink {
            Sink::Csv(w) => {
                w.write_record((0..n).map(|i| cell(i).csv()))?;
            }
            Sink::Json { out, first } => {
                out.write_all(if *first { b"\n  {" } else { b",\n  {" })?;
                *first = false;
                for (i, id) in self.ids.iter().enumerate() {
                    if i > 0 {
                        out.write_all(b", ")?;
                    }
                    serde_json::to_writer(&mut *out, id)?;
                    out.write_all(b": ")?;
                    serde_json::to_writer(&mut *out, &cell(i).json())?;
                }
                out.write_all(b"}")?;
            }
        }
        self.rows += 1;
        Ok(())
    }

    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// Closes the table and gives back the writer, flushed.
    pub fn finish(self) -> Result<W, ExportError> {
        match self.sink {
            Sink::Csv(w) => {
                let mut out = w.into_inner().map_err(|e| e.into_error())?;
                out.flush()?;
                Ok(out)
            }
            Sink::Json { mut out, first } => {
                out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
                out.flush()?;
                Ok(out)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: [Column; 4] = [
        Column::new("person", "export-col-person"),
        Column::new("phone", "export-col-phone"),
        Column::new("amount", "export-col-amount"),
        Column::new("note", "export-col-notes"),
    ];

    fn rows() -> Vec<Vec<Cell>> {
        vec![
            vec![
                Cell::id("ABCDE"),
                Cell::text("+44 7700 900123"),
                Cell::Pence(1250),
                Cell::text("=cmd|' /C calc'!A0"),
            ],
            vec![
                Cell::id("FGHJK"),
                Cell::Empty,
                Cell::Int(-3),
                Cell::text("two\nlines, \"quoted\"; أمل"),
            ],
        ]
    }

    fn write(format: Format, header: Header) -> Vec<u8> {
        let i18n = I18n::new("en-GB");
        let mut t = TableWriter::new(Vec::new(), format, &COLUMNS, header, &i18n).unwrap();
        for r in rows() {
            t.row(&r).unwrap();
        }
        assert_eq!(t.rows(), 2);
        t.finish().unwrap()
    }

    #[test]
    fn csv_has_a_bom_crlf_and_reads_back_with_the_right_columns() {
        let bytes = write(Format::Csv, Header::Ids);
        assert!(bytes.starts_with(BOM));
        let text = std::str::from_utf8(&bytes[BOM.len()..]).unwrap();
        assert!(text.ends_with("\r\n"));
        assert_eq!(text.matches("\r\n").count(), 3, "{text:?}");
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "bare LF: {text:?}"
        );
        let mut r = csv::Reader::from_reader(&bytes[BOM.len()..]);
        let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, ["person", "phone", "amount", "note"]);
        let got: Vec<Vec<String>> = r
            .records()
            .map(|rec| rec.unwrap().iter().map(String::from).collect())
            .collect();
        assert_eq!(
            got,
            [
                ["ABCDE", "'+44 7700 900123", "12.50", "'=cmd|' /C calc'!A0"],
                ["FGHJK", "", "-3", "two lines, \"quoted\"; أمل"],
            ]
        );
    }

    #[test]
    fn the_header_can_be_in_the_locales_words() {
        for (tag, person) in [("en-GB", "Person"), ("ar", "الشخص")] {
            let i18n = I18n::new(tag);
            let t =
                TableWriter::new(Vec::new(), Format::Csv, &COLUMNS, Header::Words, &i18n).unwrap();
            let bytes = t.finish().unwrap();
            let mut r = csv::Reader::from_reader(&bytes[BOM.len()..]);
            assert_eq!(&r.headers().unwrap()[0], person);
        }
    }

    #[test]
    fn json_is_an_array_of_objects_keyed_by_ids() {
        let bytes = write(Format::Json, Header::Words);
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        let rows = v.as_array().unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0]["amount"], serde_json::json!(12.5));
        assert_eq!(rows[0]["phone"], serde_json::json!("+44 7700 900123"));
        assert_eq!(rows[1]["amount"], serde_json::json!(-3));
        assert_eq!(rows[1]["phone"], serde_json::Value::Null);
        // Empty tables are valid JSON too.
        let i18n = I18n::new("en-GB");
        let t = TableWriter::new(Vec::new(), Format::Json, &COLUMNS, Header::Ids, &i18n).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&t.finish().unwrap()).unwrap();
        assert_eq!(v, serde_json::json!([]));
    }
}
