using System;
using System.IO;

namespace VeniceAot.Testing
{
    /// <summary>A uniquely named folder under the temp path for one test's files, deleted (best effort) on dispose.</summary>
    public sealed class ScratchFolder : IDisposable
    {
        private ScratchFolder(string path) => Path = path;

        /// <summary>The folder's full path. It is not created here; the tools writing into it create it.</summary>
        public string Path { get; }

        /// <summary>A new folder path: the temp path, then <paramref name="prefix"/> and 12 random hex digits.</summary>
        public static ScratchFolder Create(string prefix) =>
            new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..12]));

        /// <summary>Deletes <paramref name="path"/> and everything in it; one that cannot be deleted is left for the OS.</summary>
        public static void TryDelete(string path)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
                // Nothing was written there.
            }
            catch (IOException)
            {
                // Left for the OS to clean up; no test result depends on it.
            }
        }

        /// <inheritdoc cref="TryDelete"/>
        public void Dispose() => TryDelete(Path);
    }
}
