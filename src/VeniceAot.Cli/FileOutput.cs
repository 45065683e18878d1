using System;
using System.Buffers;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Cli
{
    /// <summary>
    /// <c>-o</c>/<c>--force</c> for the media commands: the target is checked before anything is sent (an existing
    /// file without <c>--force</c> is a usage error, so no paid call is wasted), and every write is atomic (temporary
    /// file beside the target, renamed into place only when complete), so an error or Ctrl-C leaves no partial file.
    /// </summary>
    public sealed class FileOutput
    {
        /// <summary>Creates the options.</summary>
        /// <param name="what">What is written, for the option's description (e.g. "image").</param>
        public FileOutput(string what)
        {
            Output = new Option<string>("--output", "-o")
            {
                Description = $"The file to write the {what} to (written atomically).",
                HelpName = "file",
                Required = true,
            };
        }

        /// <summary><c>-o</c>/<c>--output</c>: the target file.</summary>
        public Option<string> Output { get; }

        /// <summary><c>--force</c>: replace an existing target.</summary>
        public Option<bool> Force { get; } = new("--force")
        {
            Description = "Overwrite the output file if it exists.",
        };

        /// <summary>Adds both options to <paramref name="command"/>.</summary>
        /// <param name="command">The command.</param>
        public void AddTo(Command command)
        {
            ArgumentNullException.ThrowIfNull(command);
            command.Add(Output);
            command.Add(Force);
        }

        /// <summary>The target's full path, after checking it can be written (throws <see cref="UsageException"/> otherwise).</summary>
        /// <param name="parse">The parsed command line.</param>
        /// <returns>The full path.</returns>
        public string CheckTarget(ParseResult parse)
        {
            ArgumentNullException.ThrowIfNull(parse);
            string given = parse.GetRequiredValue(Output);
            if (string.IsNullOrWhiteSpace(given))
            {
                throw new UsageException("the output file name is empty.");
            }

            string path = Path.GetFullPath(given);
            if (Directory.Exists(path))
            {
                throw new UsageException($"'{given}' is a directory: give a file name with -o.");
            }

            if (File.Exists(path) && !parse.GetValue(Force))
            {
                throw new UsageException($"'{given}' already exists: pass --force to overwrite it, or choose another name with -o.");
            }

            string? directory = Path.GetDirectoryName(path);
            if (directory is not null && !Directory.Exists(directory))
            {
                throw new UsageException($"the folder '{directory}' does not exist.");
            }

            return path;
        }

        /// <summary>Whether <c>--force</c> was given.</summary>
        /// <param name="parse">The parsed command line.</param>
        /// <returns>True to overwrite.</returns>
        public bool IsForced(ParseResult parse) => parse.GetValue(Force);

        /// <summary>Saves a binary answer to the checked target.</summary>
        /// <param name="media">The answer.</param>
        /// <param name="path">The target (from <see cref="CheckTarget"/>).</param>
        /// <param name="overwrite">Whether <c>--force</c> was given.</param>
        /// <param name="cancellationToken">Ctrl-C.</param>
        /// <returns>The bytes written.</returns>
        public static Task<long> SaveAsync(BinaryResponse media, string path, bool overwrite, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(media);
            return media.SaveToFileAsync(path, overwrite, cancellationToken);
        }

        /// <summary>Writes bytes (e.g. a base64-decoded image) atomically, like <see cref="BinaryResponse.SaveToFileAsync"/>.</summary>
        /// <param name="bytes">The content.</param>
        /// <param name="path">The target (from <see cref="CheckTarget"/>).</param>
        /// <param name="overwrite">Whether <c>--force</c> was given.</param>
        /// <param name="cancellationToken">Ctrl-C.</param>
        /// <returns>The bytes written.</returns>
        public static async Task<long> SaveAsync(ReadOnlyMemory<byte> bytes, string path, bool overwrite, CancellationToken cancellationToken)
        {
            if (!overwrite && File.Exists(path))
            {
                throw new IOException($"'{path}' already exists.");
            }

            string directory = Path.GetDirectoryName(path) ?? ".";
            string temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
            try
            {
                var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
                await using (file.ConfigureAwait(false))
                {
                    await file.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                    await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                }

                File.Move(temporary, path, overwrite);
                return bytes.Length;
            }
            catch
            {
                File.Delete(temporary);
                throw;
            }
        }

        /// <summary>Reports a saved file: its path on stdout, or with <c>--json</c> an object with path, size and media type.</summary>
        /// <param name="context">The CLI context.</param>
        /// <param name="json">Whether <c>--json</c> was given.</param>
        /// <param name="path">The file written.</param>
        /// <param name="bytes">Its size.</param>
        /// <param name="contentType">Its media type as Venice sent it.</param>
        public static void Report(CliContext context, bool json, string path, long bytes, string contentType)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (json)
            {
                var buffer = new ArrayBufferWriter<byte>();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("path", path);
                    writer.WriteNumber("bytes", bytes);
                    writer.WriteString("content_type", contentType);
                    writer.WriteEndObject();
                }

                context.Output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
                return;
            }

            context.Output.WriteLine(path);
            context.Error.WriteLine($"Saved {bytes} bytes ({contentType}).");
        }

        /// <summary>Checks that an input file exists (throws <see cref="UsageException"/> otherwise).</summary>
        /// <param name="path">The path as given.</param>
        /// <returns>The path.</returns>
        public static string CheckInput(string path)
        {
            ArgumentNullException.ThrowIfNull(path);
            if (!File.Exists(path))
            {
                throw new UsageException($"the input file '{path}' does not exist.");
            }

            return path;
        }
    }
}
