using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Cli
{
    /// <summary>
    /// Standard input as the commands see it: the reader, and whether it is redirected (a pipe or a file). A prompt is
    /// read from it only when asked for with <c>-</c>, or when no prompt is given and it is redirected, so a command
    /// run at a terminal never waits silently for typing.
    /// </summary>
    public sealed class CliInput
    {
        /// <summary>Creates the input.</summary>
        /// <param name="reader">Standard input.</param>
        /// <param name="isRedirected">True when standard input is a pipe or a file rather than a terminal.</param>
        public CliInput(TextReader reader, bool isRedirected)
        {
            Reader = reader ?? throw new ArgumentNullException(nameof(reader));
            IsRedirected = isRedirected;
        }

        /// <summary>No input: an empty, non-redirected reader (what in-process runs get unless they pass one).</summary>
        public static CliInput None { get; } = new(TextReader.Null, isRedirected: false);

        /// <summary>Standard input.</summary>
        public TextReader Reader { get; }

        /// <summary>True when standard input is a pipe or a file rather than a terminal.</summary>
        public bool IsRedirected { get; }

        /// <summary>Reads all of standard input.</summary>
        /// <param name="cancellationToken">Cancels the read (Ctrl-C).</param>
        /// <returns>The text.</returns>
        public Task<string> ReadAllAsync(CancellationToken cancellationToken) => Reader.ReadToEndAsync(cancellationToken);
    }
}
