using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace VeniceAot.Cli
{
    /// <summary>Plain-text output: left-aligned columns separated by two spaces, and "label: value" blocks.</summary>
    public static class TableWriter
    {
        private const string Gap = "  ";

        /// <summary>Writes a header row and the rows below it, each column as wide as its widest cell.</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="headers">The column headers.</param>
        /// <param name="rows">The rows; each has one cell per header.</param>
        public static void WriteTable(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(headers);
            ArgumentNullException.ThrowIfNull(rows);
            var widths = new int[headers.Count];
            for (int column = 0; column < headers.Count; column++)
            {
                widths[column] = headers[column].Length;
            }

            foreach (string[] row in rows)
            {
                for (int column = 0; column < headers.Count; column++)
                {
                    widths[column] = Math.Max(widths[column], Cell(row, column).Length);
                }
            }

            WriteRow(output, headers, widths);
            foreach (string[] row in rows)
            {
                WriteRow(output, row, widths);
            }
        }

        /// <summary>Writes one "label: value" line per pair, the values aligned.</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="pairs">Labels and values, in order.</param>
        public static void WriteDetails(TextWriter output, IReadOnlyList<KeyValuePair<string, string>> pairs)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(pairs);
            int width = 0;
            foreach (KeyValuePair<string, string> pair in pairs)
            {
                width = Math.Max(width, pair.Key.Length + 1);
            }

            foreach (KeyValuePair<string, string> pair in pairs)
            {
                output.WriteLine((pair.Key + ":").PadRight(width) + Gap + Clean(pair.Value));
            }
        }

        /// <summary>Makes a value safe for one table cell: control characters (line breaks, tabs, escapes) become spaces.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The value on one line.</returns>
        public static string Clean(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return string.Empty;
            }

            var text = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                text.Append(char.IsControl(c) ? ' ' : c);
            }

            return text.ToString();
        }

        private static string Cell(IReadOnlyList<string> row, int column) => column < row.Count ? Clean(row[column]) : string.Empty;

        private static void WriteRow(TextWriter output, IReadOnlyList<string> row, int[] widths)
        {
            var line = new StringBuilder();
            for (int column = 0; column < widths.Length; column++)
            {
                string cell = Cell(row, column);
                if (column == widths.Length - 1)
                {
                    line.Append(cell);
                }
                else
                {
                    line.Append(cell.PadRight(widths[column])).Append(Gap);
                }
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }
}
