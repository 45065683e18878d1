using System;
using System.CommandLine;
using VeniceAot.Json;
using VeniceAot.Models;

namespace VeniceAot.Cli
{
    /// <summary>The <c>venice models …</c> group: the model list, the model each trait selects, and the compatibility mapping.</summary>
    public static class ModelsCommands
    {
        /// <summary>Builds the <c>models</c> command and its subcommands.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Create(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var models = context.NewCommand("models", "List the models, their traits and the compatibility mapping.", "venice models list");
            models.Add(List(context));
            models.Add(Traits(context));
            models.Add(Compatibility(context));
            return models;
        }

        /// <summary>
        /// <c>--type</c>: passed through as given (Venice adds types over time, so the value is not checked here);
        /// absent sends no filter and Venice lists text models.
        /// </summary>
        private static Option<string> TypeOption() => new("--type")
        {
            Description = "The model type: text, image, embedding, tts, asr, upscale, inpaint, video, music, code, or all. Default: Venice's (text).",
            HelpName = "type",
        };

        private static ModelType? ReadType(ParseResult parse, Option<string> type) =>
            parse.GetValue(type) is { Length: > 0 } value ? ModelType.FromValue(value.Trim()) : null;

        private static Command List(CliContext context)
        {
            var command = context.NewCommand(
                "list",
                "List the models: id, type, name, context size and price.",
                "venice models list",
                "venice models list --type image",
                "venice models list --type all --json");
            Option<string> type = TypeOption();
            command.Add(type);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                ModelList list = await client.Models.ListAsync(ReadType(parse, type), ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(list, ModelsJsonContext.Default.ModelList);
                }
                else
                {
                    ModelsOutput.WriteList(context.Output, list);
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Command Traits(CliContext context)
        {
            var command = context.NewCommand("traits", "Show the model each trait selects (default, fastest, …).", "venice models traits --type image");
            Option<string> type = TypeOption();
            command.Add(type);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                ModelTraitList traits = await client.Models.ListTraitsAsync(ReadType(parse, type), ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(traits, ModelsJsonContext.Default.ModelTraitList);
                }
                else
                {
                    ModelsOutput.WritePairs(context.Output, "TRAIT", "MODEL", traits.Data, "No traits.");
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Command Compatibility(CliContext context)
        {
            var command = context.NewCommand("compat", "Show which Venice model answers each foreign model id (e.g. gpt-4o).", "venice models compat");
            Option<string> type = TypeOption();
            command.Add(type);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                ModelCompatibilityMapping mapping = await client.Models.ListCompatibilityMappingAsync(ReadType(parse, type), ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(mapping, ModelsJsonContext.Default.ModelCompatibilityMapping);
                }
                else
                {
                    ModelsOutput.WritePairs(context.Output, "MODEL ID", "VENICE MODEL", mapping.Data, "No mappings.");
                }

                return ExitCodes.Success;
            });
            return command;
        }
    }
}
