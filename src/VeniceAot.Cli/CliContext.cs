using System;
using System.Buffers;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Cli
{
    /// <summary>What a command call does with a ready client: writes its output and returns an exit code.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="client">A client configured from the global options and environment.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl-C.</param>
    /// <returns>The exit code.</returns>
    public delegate Task<int> ApiCall(ParseResult parse, VeniceClient client, CancellationToken cancellationToken);

    /// <summary>
    /// What every command shares: the output writers, the environment, the global options (<c>--api-key</c>,
    /// <c>--base-url</c>, <c>--json</c>), client creation and error reporting. Command groups receive one.
    /// </summary>
    public sealed class CliContext
    {
        /// <summary>The environment variable holding the API key.</summary>
        public const string ApiKeyVariable = "VENICE_API_KEY";

        /// <summary>The environment variable holding the base URL.</summary>
        public const string BaseUrlVariable = "VENICE_BASE_URL";

        private readonly IReadOnlyDictionary<string, string?> _environment;
        private readonly Dictionary<Command, string[]> _examples = new();

        /// <summary>Creates the context.</summary>
        /// <param name="output">Standard output: results only.</param>
        /// <param name="error">Standard error: errors and notices.</param>
        /// <param name="environment">Environment variables (<see cref="ApiKeyVariable"/>, <see cref="BaseUrlVariable"/>).</param>
        public CliContext(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment)
        {
            Output = output ?? throw new ArgumentNullException(nameof(output));
            Error = error ?? throw new ArgumentNullException(nameof(error));
            _environment = environment ?? throw new ArgumentNullException(nameof(environment));
        }

        /// <summary>Standard output.</summary>
        public TextWriter Output { get; }

        /// <summary>Standard error.</summary>
        public TextWriter Error { get; }

        /// <summary>Standard input (a prompt for <c>venice chat</c>, texts for <c>venice embed</c>); none unless set.</summary>
        public CliInput Input { get; init; } = CliInput.None;

        /// <summary><c>--api-key</c>, on every command.</summary>
        public Option<string> ApiKeyOption { get; } = new("--api-key")
        {
            Description = $"The Venice API key (default: ${ApiKeyVariable}). Key management needs an ADMIN key.",
            HelpName = "key",
            Recursive = true,
        };

        /// <summary><c>--base-url</c>, on every command.</summary>
        public Option<string> BaseUrlOption { get; } = new("--base-url")
        {
            Description = $"The API base URL (default: ${BaseUrlVariable}, else {VeniceClientOptions.DefaultBaseAddress}).",
            HelpName = "url",
            Recursive = true,
        };

        /// <summary><c>--json</c>, on every command.</summary>
        public Option<bool> JsonOption { get; } = new("--json")
        {
            Description = "Print the response as JSON (and nothing else) on standard output.",
            Recursive = true,
        };

        /// <summary>Example command lines per command, shown at the end of its <c>--help</c>.</summary>
        public IReadOnlyDictionary<Command, string[]> Examples => _examples;

        /// <summary>Creates a command whose <c>--help</c> ends with <paramref name="examples"/>.</summary>
        /// <param name="name">The command's name.</param>
        /// <param name="description">One line: what it does.</param>
        /// <param name="examples">Full example command lines, starting with <c>venice</c>.</param>
        /// <returns>The command.</returns>
        public Command NewCommand(string name, string description, params string[] examples)
        {
            var command = new Command(name, description);
            _examples[command] = examples;
            return command;
        }

        /// <summary>Registers examples for an existing command (the root, say).</summary>
        /// <param name="command">The command.</param>
        /// <param name="examples">Full example command lines.</param>
        public void AddExamples(Command command, params string[] examples)
        {
            ArgumentNullException.ThrowIfNull(command);
            _examples[command] = examples;
        }

        /// <summary>Adds the global options to the root command.</summary>
        /// <param name="root">The root command.</param>
        public void AddGlobalOptions(RootCommand root)
        {
            ArgumentNullException.ThrowIfNull(root);
            root.Add(ApiKeyOption);
            root.Add(BaseUrlOption);
            root.Add(JsonOption);
        }

        /// <summary>Whether <c>--json</c> was given.</summary>
        /// <param name="parse">The parsed command line.</param>
        /// <returns>True for JSON output.</returns>
        public bool IsJson(ParseResult parse) => parse.GetValue(JsonOption);

        /// <summary>Makes <paramref name="call"/> the command's action: it gets a client and every failure becomes one exit code.</summary>
        /// <param name="command">The command.</param>
        /// <param name="call">What the command does.</param>
        public void SetApiAction(Command command, ApiCall call)
        {
            ArgumentNullException.ThrowIfNull(command);
            ArgumentNullException.ThrowIfNull(call);
            command.SetAction(async (parse, cancellationToken) =>
            {
                string? apiKey = null;
                Uri? baseAddress = null;
                try
                {
                    apiKey = ResolveApiKey(parse);
                    baseAddress = ResolveBaseAddress(parse);
                    using VeniceClient client = CreateClient(apiKey, baseAddress);
                    return await call(parse, client, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    var reporter = new ErrorReporter(Error, apiKey, baseAddress, CommandPath(parse.CommandResult.Command));
                    return reporter.Report(ex, cancellationToken);
                }
            });
        }

        /// <summary>Writes <paramref name="value"/> as indented JSON through its source-generated contract.</summary>
        /// <typeparam name="T">The value type.</typeparam>
        /// <param name="value">The value.</param>
        /// <param name="typeInfo">Its contract from the group's JSON context.</param>
        public void WriteJson<T>(T value, JsonTypeInfo<T> typeInfo)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                JsonSerializer.Serialize(writer, value, typeInfo);
            }

            Output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        /// <summary>The full name of a command as typed, e.g. <c>venice keys create</c>.</summary>
        /// <param name="command">The command.</param>
        /// <returns>The names from the root down.</returns>
        public static string CommandPath(Command command)
        {
            ArgumentNullException.ThrowIfNull(command);
            var names = new List<string>();
            for (Command? current = command; current is not null; current = ParentCommand(current))
            {
                names.Insert(0, current is RootCommand ? Program.ToolName : current.Name);
            }

            return string.Join(' ', names);
        }

        private static Command? ParentCommand(Command command)
        {
            foreach (Symbol parent in command.Parents)
            {
                if (parent is Command parentCommand)
                {
                    return parentCommand;
                }
            }

            return null;
        }

        private string ResolveApiKey(ParseResult parse)
        {
            string? key = parse.GetValue(ApiKeyOption);
            if (string.IsNullOrWhiteSpace(key))
            {
                key = Variable(ApiKeyVariable);
            }

            if (string.IsNullOrWhiteSpace(key))
            {
                throw new UsageException($"no API key: pass --api-key <key> or set {ApiKeyVariable}.");
            }

            return key.Trim();
        }

        private Uri ResolveBaseAddress(ParseResult parse)
        {
            string? text = parse.GetValue(BaseUrlOption);
            string source = "--base-url";
            if (string.IsNullOrWhiteSpace(text))
            {
                text = Variable(BaseUrlVariable);
                source = BaseUrlVariable;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return VeniceClientOptions.DefaultBaseAddress;
            }

            if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new UsageException($"{source} '{text}' is not an absolute http(s) URL, e.g. {VeniceClientOptions.DefaultBaseAddress}.");
            }

            return uri;
        }

        private static VeniceClient CreateClient(string apiKey, Uri baseAddress)
        {
            if (baseAddress.Scheme == Uri.UriSchemeHttp && !baseAddress.IsLoopback)
            {
                throw new UsageException($"refusing to send the API key over plain HTTP to '{baseAddress.Host}': use an https base URL.");
            }

            try
            {
                return new VeniceClient(new VeniceClientOptions
                {
                    ApiKey = apiKey,
                    BaseAddress = baseAddress,
                    UserAgent = Program.ToolName + "/0.1 VeniceAot/0.1",
                });
            }
            catch (ArgumentException ex)
            {
                string message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
                throw new UsageException(message);
            }
        }

        /// <summary>An environment variable from the environment the tool runs with (e.g. <c>VENICE_SIWX</c>).</summary>
        /// <param name="name">The variable's name.</param>
        /// <returns>Its value, or null when unset.</returns>
        public string? Variable(string name) => _environment.TryGetValue(name, out string? value) ? value : null;
    }
}
