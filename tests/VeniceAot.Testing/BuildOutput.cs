using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace VeniceAot.Testing
{
    /// <summary>How the proofs judge what <c>dotnet build</c>, <c>pack</c> and <c>publish</c> printed: no warning at all.</summary>
    public static partial class BuildOutput
    {
        /// <summary>
        /// The lines that mention a warning (any case) or carry a trim/AOT diagnostic id (IL2xxx, IL3xxx), except
        /// MSBuild's summary when it counts none (<c>    0 Warning(s)</c>).
        /// </summary>
        public static string[] WarningLines(string output) =>
            output.Split('\n')
                .Where(line => (line.Contains("warning", StringComparison.OrdinalIgnoreCase) && !NoWarningsSummary().IsMatch(line))
                    || TrimOrAotDiagnostic().IsMatch(line))
                .ToArray();

        /// <summary>
        /// Null when <paramref name="result"/> exited 0 and printed no warning (see <see cref="WarningLines"/>); otherwise
        /// a message for an assertion: "<paramref name="what"/> failed" with the whole output, or
        /// "<paramref name="what"/> printed warnings" with the offending lines.
        /// </summary>
        public static string? Problem(ProcessResult result, string what)
        {
            if (result.ExitCode != 0)
            {
                return $"{what} failed (exit {result.ExitCode}):\n{result.Output}";
            }

            string[] warnings = WarningLines(result.Output);
            return warnings.Length == 0 ? null : $"{what} printed warnings:\n{string.Join('\n', warnings)}";
        }

        [GeneratedRegex(@"^\s*0 Warning\(s\)\s*$")]
        private static partial Regex NoWarningsSummary();

        [GeneratedRegex(@"\bIL[23]\d{3}\b")]
        private static partial Regex TrimOrAotDiagnostic();
    }
}
