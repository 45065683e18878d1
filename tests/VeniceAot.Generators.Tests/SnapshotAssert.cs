using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace VeniceAot.Generators.Tests
{
    /// <summary>
    /// Compares generated source with <c>Snapshots/&lt;name&gt;.g.cs.txt</c>. On a mismatch (or a missing snapshot) the
    /// actual text is written to <c>Snapshots/&lt;name&gt;.received.txt</c> beside it and the test fails with the first
    /// differing line; review the received file and rename it over the snapshot to accept it.
    /// </summary>
    internal static class SnapshotAssert
    {
        public static void Matches(string name, string actual, [CallerFilePath] string callerFile = "")
        {
            string directory = SnapshotDirectory(callerFile);
            string expectedPath = Path.Combine(directory, name + ".g.cs.txt");
            string receivedPath = Path.Combine(directory, name + ".received.txt");
            string normalizedActual = Normalize(actual);

            if (File.Exists(expectedPath))
            {
                string expected = Normalize(File.ReadAllText(expectedPath));
                if (expected == normalizedActual)
                {
                    if (File.Exists(receivedPath))
                    {
                        File.Delete(receivedPath);
                    }

                    return;
                }

                File.WriteAllText(receivedPath, normalizedActual);
                Assert.Fail($"Generated source differs from snapshot '{expectedPath}' ({FirstDifference(expected, normalizedActual)}). " +
                    $"Actual output written to '{receivedPath}'; diff them (e.g. `diff -u {expectedPath} {receivedPath}`) and, if the change is intended, move the received file over the snapshot.");
            }

            File.WriteAllText(receivedPath, normalizedActual);
            Assert.Fail($"No snapshot '{expectedPath}'. Actual output written to '{receivedPath}'; review it and rename it to '{Path.GetFileName(expectedPath)}'.");
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

        private static string FirstDifference(string expected, string actual)
        {
            string[] left = expected.Split('\n');
            string[] right = actual.Split('\n');
            for (int i = 0; i < Math.Max(left.Length, right.Length); i++)
            {
                string? l = i < left.Length ? left[i] : null;
                string? r = i < right.Length ? right[i] : null;
                if (l != r)
                {
                    return $"first difference at line {i + 1}: expected `{l ?? "<end of file>"}`, actual `{r ?? "<end of file>"}`";
                }
            }

            return "line endings or trailing text differ";
        }

        /// <summary>
        /// The source folder's Snapshots directory: beside the calling file when that path exists (local builds), else
        /// found by walking up from the test output (CI builds map source paths, so the caller path may not exist).
        /// </summary>
        private static string SnapshotDirectory(string callerFile)
        {
            string? sourceDirectory = Path.GetDirectoryName(callerFile);
            if (!string.IsNullOrEmpty(sourceDirectory) && Directory.Exists(Path.Combine(sourceDirectory, "Snapshots")))
            {
                return Path.Combine(sourceDirectory, "Snapshots");
            }

            for (DirectoryInfo? current = new(AppContext.BaseDirectory); current is not null; current = current.Parent)
            {
                if (File.Exists(Path.Combine(current.FullName, "VeniceAot.Generators.Tests.csproj")))
                {
                    return Path.Combine(current.FullName, "Snapshots");
                }
            }

            throw new InvalidOperationException("Cannot find the Snapshots folder of VeniceAot.Generators.Tests.");
        }
    }
}
