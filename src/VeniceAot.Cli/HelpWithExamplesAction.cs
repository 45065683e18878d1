using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace VeniceAot.Cli
{
    /// <summary>
    /// <c>--help</c>: System.CommandLine's help, followed by an "Examples:" section for the command. Examples live
    /// here rather than in descriptions so the command lists in help stay one line per command.
    /// </summary>
    public sealed class HelpWithExamplesAction : SynchronousCommandLineAction
    {
        private readonly HelpAction _help;
        private readonly IReadOnlyDictionary<Command, string[]> _examples;

        /// <summary>Wraps the default help action.</summary>
        /// <param name="help">System.CommandLine's help action.</param>
        /// <param name="examples">Example command lines per command.</param>
        public HelpWithExamplesAction(HelpAction help, IReadOnlyDictionary<Command, string[]> examples)
        {
            _help = help ?? throw new ArgumentNullException(nameof(help));
            _examples = examples ?? throw new ArgumentNullException(nameof(examples));
        }

        /// <summary>Help is shown even when the rest of the command line has errors (like the default help).</summary>
        public override bool ClearsParseErrors => true;

        /// <summary>Writes the help and the command's examples.</summary>
        /// <param name="parseResult">The parse.</param>
        /// <returns>0.</returns>
        public override int Invoke(ParseResult parseResult)
        {
            ArgumentNullException.ThrowIfNull(parseResult);
            int result = _help.Invoke(parseResult);
            if (_examples.TryGetValue(parseResult.CommandResult.Command, out string[]? examples) && examples.Length > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine(examples.Length == 1 ? "Example:" : "Examples:");
                foreach (string example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return result;
        }

        /// <summary>Replaces the root's help action with one that also prints examples.</summary>
        /// <param name="root">The root command (its help option is recursive, so this covers every command).</param>
        /// <param name="examples">Example command lines per command.</param>
        public static void Install(RootCommand root, IReadOnlyDictionary<Command, string[]> examples)
        {
            ArgumentNullException.ThrowIfNull(root);
            foreach (Option option in root.Options)
            {
                if (option is HelpOption helpOption && helpOption.Action is HelpAction help)
                {
                    helpOption.Action = new HelpWithExamplesAction(help, examples);
                }
            }
        }
    }
}
