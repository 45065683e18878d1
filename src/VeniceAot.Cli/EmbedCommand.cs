using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Embeddings;
using VeniceAot.Json;

namespace VeniceAot.Cli
{
    /// <summary><c>venice embed</c>: one vector per text; prints each vector's size and first values (the full response with <c>--json</c>).</summary>
    public static class EmbedCommand
    {
        /// <summary>The model used when <c>--model</c> is not given.</summary>
        public const string DefaultModel = "text-embedding-bge-m3";

        /// <summary>How many leading values of each vector the table shows.</summary>
        public const int PreviewValues = 5;

        private const int PreviewTextLength = 40;

        /// <summary>Builds the <c>embed</c> command.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Create(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var command = context.NewCommand(
                "embed",
                $"Embed texts: one vector per text argument ('-' reads stdin, one text per non-empty line). Default model: {DefaultModel}.",
                "venice embed \"the quick brown fox\" \"a lazy dog\"",
                "cut -f2 notes.tsv | venice embed --json -");
            var model = new Option<string>("--model", "-m")
            {
                Description = $"The embedding model (see 'venice models list --type embedding'). Default: {DefaultModel}.",
                HelpName = "model",
                DefaultValueFactory = _ => DefaultModel,
            };
            var dimensions = new Option<int?>("--dimensions")
            {
                Description = "Ask for vectors of this size (only models that support custom dimensions).",
                HelpName = "n",
            };
            dimensions.Validators.Add(result =>
            {
                // Checked on the token: a value that is not a number at all is System.CommandLine's own error.
                if (result.Tokens is [{ } token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value <= 0)
                {
                    result.AddError("--dimensions must be a positive number.");
                }
            });
            var texts = new Argument<string[]>("text")
            {
                Description = "The texts to embed; '-' reads them from stdin, one per non-empty line.",
                Arity = ArgumentArity.OneOrMore,
            };
            command.Add(model);
            command.Add(dimensions);
            command.Add(texts);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                IReadOnlyList<string> inputs = await ReadTextsAsync(context, parse.GetValue(texts) ?? [], ct).ConfigureAwait(false);
                var request = new EmbeddingRequest
                {
                    Input = inputs.Count == 1 ? EmbeddingInput.FromText(inputs[0]) : EmbeddingInput.FromTexts(inputs),
                    Model = EmbeddingModel.FromValue(parse.GetValue(model) is { Length: > 0 } given ? given : DefaultModel),
                    Dimensions = parse.GetValue(dimensions),
                };
                EmbeddingResponse response = await client.Embeddings.CreateAsync(request, ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(response, EmbeddingsJsonContext.Default.EmbeddingResponse);
                }
                else
                {
                    WriteSummary(context.Output, response, inputs);
                }

                return ExitCodes.Success;
            });
            return command;
        }

        /// <summary>A table (input number, dimensions, first values, the text) and a line with the model and token usage.</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="response">The response.</param>
        /// <param name="inputs">The texts sent, in order (to label each vector).</param>
        public static void WriteSummary(TextWriter output, EmbeddingResponse response, IReadOnlyList<string> inputs)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(response);
            ArgumentNullException.ThrowIfNull(inputs);
            var rows = new List<string[]>(response.Data.Count);
            foreach (EmbeddingData data in response.Data)
            {
                ReadOnlySpan<float> vector = data.Embedding.Span;
                var preview = new StringBuilder();
                for (int i = 0; i < Math.Min(PreviewValues, vector.Length); i++)
                {
                    preview.Append(i == 0 ? string.Empty : " ").Append(vector[i].ToString("0.0000", CultureInfo.InvariantCulture));
                }

                if (vector.Length > PreviewValues)
                {
                    preview.Append(" …");
                }

                string text = data.Index >= 0 && data.Index < inputs.Count ? Shorten(inputs[data.Index]) : Formats.None;
                rows.Add([data.Index.ToString(CultureInfo.InvariantCulture), vector.Length.ToString(CultureInfo.InvariantCulture), preview.ToString(), text]);
            }

            TableWriter.WriteTable(output, ["INPUT", "DIMENSIONS", "FIRST VALUES", "TEXT"], rows);
            string tokens = response.Usage is { } usage ? usage.PromptTokens.ToString(CultureInfo.InvariantCulture) : Formats.None;
            output.WriteLine($"Model: {Formats.Text(response.Model)}; prompt tokens: {tokens}");
        }

        private static async Task<IReadOnlyList<string>> ReadTextsAsync(CliContext context, string[] arguments, CancellationToken cancellationToken)
        {
            var inputs = new List<string>();
            bool readStdin = false;
            foreach (string argument in arguments)
            {
                if (argument != "-")
                {
                    inputs.Add(argument);
                    continue;
                }

                if (readStdin)
                {
                    throw new UsageException("'-' (read texts from stdin) may be given once.");
                }

                readStdin = true;
                string all = await context.Input.ReadAllAsync(cancellationToken).ConfigureAwait(false);
                foreach (string line in all.Split('\n'))
                {
                    string text = line.TrimEnd('\r');
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        inputs.Add(text);
                    }
                }
            }

            if (inputs.Count == 0 || inputs.Exists(string.IsNullOrEmpty))
            {
                throw new UsageException(readStdin ? "no text to embed: stdin had no non-empty line." : "a text to embed is empty.");
            }

            return inputs;
        }

        private static string Shorten(string text)
        {
            string clean = TableWriter.Clean(text);
            return clean.Length <= PreviewTextLength ? clean : clean[..(PreviewTextLength - 1)] + "…";
        }
    }
}
