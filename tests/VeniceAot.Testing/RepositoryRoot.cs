using System;
using System.IO;

namespace VeniceAot.Testing
{
    /// <summary>Where the repository is, seen from a test's output folder.</summary>
    public static class RepositoryRoot
    {
        /// <summary>The nearest folder above <see cref="AppContext.BaseDirectory"/> that holds <c>VeniceAot.sln</c>.</summary>
        /// <exception cref="InvalidOperationException">No such folder.</exception>
        public static string Find()
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "VeniceAot.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("VeniceAot.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
