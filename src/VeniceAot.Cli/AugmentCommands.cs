using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using VeniceAot.Augment;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Cli
{
    /// <summary>The augment commands, each a top-level command: <c>venice search</c>, <c>venice scrape</c> and <c>venice parse</c>.</summary>
    public static class AugmentCommands
    {
        /// <summary>Builds <c>venice search &lt;query&gt;</c>: a web search.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Search(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var command = context.NewCommand(
                "search",
                "Search the web: title, date and URL of each result.",
                "venice search \"venice ai api\"",
                "venice search \"rust async\" --limit 5 --provider google --json");
            var query = new Argument<string>("query") { Description = "What to search for (1 to 400 characters)." };
            var limit = new Option<int?>("--limit") { Description = "At most this many results, 1 to 20 (default: Venice's).", HelpName = "n" };
            var provider = new Option<string>("--provider") { Description = "The search provider: brave or google (default: Venice's).", HelpName = "name" };
            command.Add(query);
            command.Add(limit);
            command.Add(provider);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                var request = new WebSearchRequest
                {
                    Query = parse.GetRequiredValue(query),
                    Limit = parse.GetValue(limit),
                    SearchProvider = parse.GetValue(provider) is { Length: > 0 } name ? WebSearchProvider.FromValue(name.Trim()) : null,
                };
                WebSearchResponse response = await ArgumentChecks.Guard(() => client.Augment.SearchAsync(request, ct)).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(response, AugmentJsonContext.Default.WebSearchResponse);
                }
                else if (response.Results.Count == 0)
                {
                    context.Output.WriteLine("No results.");
                }
                else
                {
                    var rows = new List<string[]>();
                    for (int i = 0; i < response.Results.Count; i++)
                    {
                        WebSearchResult result = response.Results[i];
                        rows.Add([(i + 1).ToString(CultureInfo.InvariantCulture), Formats.Text(result.Title), Formats.Text(result.Date), Formats.Text(result.Url)]);
                    }

                    TableWriter.WriteTable(context.Output, ["#", "TITLE", "DATE", "URL"], rows);
                }

                return ExitCodes.Success;
            });
            return command;
        }

        /// <summary>Builds <c>venice scrape &lt;url&gt;</c>: a web page as markdown.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Scrape(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var command = context.NewCommand("scrape", "Fetch a web page and print its content as markdown.", "venice scrape https://example.com > page.md");
            var url = new Argument<string>("url") { Description = "The page: an absolute http(s) URL." };
            command.Add(url);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                WebScrapeResponse response = await ArgumentChecks.Guard(() => client.Augment.ScrapeAsync(parse.GetRequiredValue(url), ct)).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(response, AugmentJsonContext.Default.WebScrapeResponse);
                }
                else
                {
                    context.Output.WriteLine(response.Content.TrimEnd('\r', '\n'));
                }

                return ExitCodes.Success;
            });
            return command;
        }

        /// <summary>Builds <c>venice parse &lt;file&gt;</c>: a document's text (PDF, DOCX, XLSX, text files).</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Parse(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var command = context.NewCommand("parse", "Extract a document's text (PDF, DOCX, XLSX, plain text; up to 25 MB) and print it.", "venice parse report.pdf > report.txt", "venice parse notes.docx --json");
            var file = new Argument<string>("file") { Description = "The document to upload." };
            command.Add(file);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string path = parse.GetRequiredValue(file);
                if (!File.Exists(path))
                {
                    throw new UsageException($"'{path}' is not a file.");
                }

                using MediaResponse<TextParserResponse> response = await ArgumentChecks.Guard(() => client.Augment.ParseTextFileAsync(path, TextParserFormat.Json, null, ct)).ConfigureAwait(false);
                TextParserResponse answer = response.Value
                    ?? new TextParserResponse { Text = await response.Media!.ReadAsStringAsync(ct).ConfigureAwait(false) };
                if (context.IsJson(parse))
                {
                    context.WriteJson(answer, AugmentJsonContext.Default.TextParserResponse);
                }
                else
                {
                    context.Output.WriteLine(answer.Text.TrimEnd('\r', '\n'));
                }

                return ExitCodes.Success;
            });
            return command;
        }
    }
}
