using System;
using System.Collections;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Cli
{
    /// <summary>
    /// The <c>venice</c> entry point. <see cref="RunAsync(string[], TextWriter, TextWriter, CliInput, IReadOnlyDictionary{string, string?}, CancellationToken)"/> runs a whole command line against given writers and
    /// environment, so tests can run the tool in-process; <see cref="Main"/> wires it to the real console.
    /// </summary>
    public static class Program
    {
        /// <summary>The tool's name, as typed.</summary>
        public const string ToolName = "venice";

        /// <summary>Every command group; a new group is one more entry here (and its own <c>XxxCommands.cs</c>).</summary>
        private static readonly Func<CliContext, Command>[] CommandGroups =
        [
            ChatCommand.Create,
            ModelsCommands.Create,
            EmbedCommand.Create,
            KeysCommands.Create,
            BillingCommands.Create,
            CharactersCommands.Create,
            X402Commands.Create,
            RpcCommand.Create,
            AugmentCommands.Search,
            AugmentCommands.Scrape,
            AugmentCommands.Parse,
            ImageCommands.Create,
            AudioCommands.CreateSpeech,
            AudioCommands.CreateTranscribe,
            VideoCommands.CreateVideo,
            VideoCommands.CreateMusic,
        ];

        /// <summary>Runs the tool with the process's console and environment; Ctrl-C cancels the call in flight.</summary>
        /// <param name="args">The command line.</param>
        /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
        public static async Task<int> Main(string[] args)
        {
            using var cancellation = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                // The first Ctrl-C cancels the request; a second one ends the process the usual way.
                if (!cancellation.IsCancellationRequested)
                {
                    e.Cancel = true;
                    cancellation.Cancel();
                }
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                var input = new CliInput(Console.In, Console.IsInputRedirected);
                return await RunAsync(args, Console.Out, Console.Error, input, ReadEnvironment(), cancellation.Token).ConfigureAwait(false);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }

        /// <summary>Parses and runs one command line.</summary>
        /// <param name="args">The command line, without the tool's name.</param>
        /// <param name="stdout">Where results go.</param>
        /// <param name="stderr">Where errors go.</param>
        /// <param name="environment">Environment variables (<c>VENICE_API_KEY</c>, <c>VENICE_BASE_URL</c>).</param>
        /// <param name="cancellationToken">Cancels the call in flight (exit code 130).</param>
        /// <returns>0 success, 1 API or network error, 2 usage error, 130 cancelled.</returns>
        public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken) =>
            RunAsync(args, stdout, stderr, CliInput.None, environment, cancellationToken);

        /// <summary>Parses and runs one command line with a given standard input (e.g. a prompt piped to <c>venice chat</c>).</summary>
        /// <param name="args">The command line, without the tool's name.</param>
        /// <param name="stdout">Where results go.</param>
        /// <param name="stderr">Where errors go.</param>
        /// <param name="stdin">Standard input and whether it is redirected (a pipe or file rather than a terminal).</param>
        /// <param name="environment">Environment variables (<c>VENICE_API_KEY</c>, <c>VENICE_BASE_URL</c>).</param>
        /// <param name="cancellationToken">Cancels the call in flight (exit code 130).</param>
        /// <returns>0 success, 1 API or network error, 2 usage error, 130 cancelled.</returns>
        public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliInput stdin, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(args);
            ArgumentNullException.ThrowIfNull(stdout);
            ArgumentNullException.ThrowIfNull(stderr);
            ArgumentNullException.ThrowIfNull(stdin);
            var context = new CliContext(stdout, stderr, environment) { Input = stdin };
            RootCommand root = BuildRootCommand(context);
            ParseResult parse = root.Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                foreach (ParseError error in parse.Errors)
                {
                    stderr.WriteLine("error: " + ErrorReporter.OneLine(error.Message));
                }

                stderr.WriteLine($"Run '{CliContext.CommandPath(parse.CommandResult.Command)} --help' for usage.");
                return ExitCodes.UsageError;
            }

            var invocation = new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            try
            {
                return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                stderr.WriteLine("Cancelled.");
                return ExitCodes.Cancelled;
            }
        }

        /// <summary>Builds the whole command tree.</summary>
        /// <param name="context">The shared context the commands use.</param>
        /// <returns>The root command.</returns>
        public static RootCommand BuildRootCommand(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var root = new RootCommand("venice: the Venice.ai API from the command line.");
            context.AddExamples(
                root,
                "VENICE_API_KEY=... venice chat \"Why is the sky blue?\"",
                "venice models list --type image",
                "echo \"hello world\" | venice embed -",
                "venice --api-key $KEY keys list --json");
            context.AddGlobalOptions(root);
            foreach (Func<CliContext, Command> group in CommandGroups)
            {
                root.Add(group(context));
            }

            HelpWithExamplesAction.Install(root, context.Examples);
            return root;
        }

        private static Dictionary<string, string?> ReadEnvironment()
        {
            var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                if (entry.Key is string name)
                {
                    environment[name] = entry.Value as string;
                }
            }

            return environment;
        }
    }
}
