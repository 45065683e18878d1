using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using VeniceAot.Characters;
using VeniceAot.Json;

namespace VeniceAot.Cli
{
    /// <summary>The <c>venice characters …</c> group: list and search public characters, one character, its reviews.</summary>
    public static class CharactersCommands
    {
        /// <summary>Builds the <c>characters</c> command and its subcommands.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Create(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var characters = context.NewCommand("characters", "Browse Venice's public characters and their reviews.", "venice characters list --search pirate");
            characters.Add(List(context));
            characters.Add(Get(context));
            characters.Add(Reviews(context));
            return characters;
        }

        private static Argument<string> SlugArgument() => new("slug") { Description = "The character's slug (see 'venice characters list')." };

        private static Command List(CliContext context)
        {
            var command = context.NewCommand(
                "list",
                "List characters: slug, name, model, rating, imports and tags.",
                "venice characters list",
                "venice characters list --search pirate --tag adventure --tag humor --limit 10");
            var search = new Option<string>("--search") { Description = "Words to search names and descriptions for.", HelpName = "q" };
            var tags = new Option<string[]>("--tag") { Description = "Only characters with this tag; repeat for more (up to 20).", HelpName = "tag" };
            var limit = new Option<int?>("--limit") { Description = "At most this many characters, 1 to 100 (default: Venice's, 50).", HelpName = "n" };
            command.Add(search);
            command.Add(tags);
            command.Add(limit);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string[]? tagValues = parse.GetValue(tags);
                var query = new CharacterListQuery
                {
                    Search = parse.GetValue(search),
                    Tags = tagValues is { Length: > 0 } ? tagValues : null,
                    Limit = parse.GetValue(limit),
                };
                CharacterList list = await ArgumentChecks.Guard(() => client.Characters.ListAsync(query, ct)).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(list, CharactersJsonContext.Default.CharacterList);
                }
                else if (list.Data.Count == 0)
                {
                    context.Output.WriteLine("No characters.");
                }
                else
                {
                    var rows = new List<string[]>();
                    foreach (Character character in list.Data)
                    {
                        rows.Add(
                        [
                            character.Slug,
                            Formats.Text(character.Name),
                            Formats.Text(character.ModelId),
                            character.Stats is { } stats ? stats.AverageRating.ToString("0.0", CultureInfo.InvariantCulture) : Formats.None,
                            character.Stats is { } s ? s.Imports.ToString(CultureInfo.InvariantCulture) : Formats.None,
                            character.Tags is { Count: > 0 } t ? string.Join(',', t) : Formats.None,
                        ]);
                    }

                    TableWriter.WriteTable(context.Output, ["SLUG", "NAME", "MODEL", "RATING", "IMPORTS", "TAGS"], rows);
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Command Get(CliContext context)
        {
            var command = context.NewCommand("get", "Show one character.", "venice characters get alan-watts");
            Argument<string> slug = SlugArgument();
            command.Add(slug);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                Character character = await ArgumentChecks.Guard(() => client.Characters.GetAsync(parse.GetRequiredValue(slug), ct)).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(new CharacterResponse { Data = character }, CharactersJsonContext.Default.CharacterResponse);
                    return ExitCodes.Success;
                }

                TableWriter.WriteDetails(context.Output,
                [
                    new("Slug", character.Slug),
                    new("Name", Formats.Text(character.Name)),
                    new("Description", Formats.Text(character.Description)),
                    new("Author", Formats.Text(character.Author)),
                    new("Model", Formats.Text(character.ModelId)),
                    new("Tags", character.Tags is { Count: > 0 } t ? string.Join(", ", t) : Formats.None),
                    new("Rating", character.Stats is { } stats ? $"{stats.AverageRating.ToString("0.0", CultureInfo.InvariantCulture)} ({stats.RatingCount.ToString(CultureInfo.InvariantCulture)} ratings)" : Formats.None),
                    new("Imports", character.Stats is { } s ? s.Imports.ToString(CultureInfo.InvariantCulture) : Formats.None),
                    new("Adult", character.Adult ? "yes" : "no"),
                    new("Web enabled", character.WebEnabled ? "yes" : "no"),
                    new("Created (UTC)", Formats.Time(character.CreatedAt)),
                    new("Link", Formats.Text(character.ShareUrl)),
                ]);
                return ExitCodes.Success;
            });
            return command;
        }

        private static Command Reviews(CliContext context)
        {
            var command = context.NewCommand("reviews", "Show a page of a character's reviews with the average rating.", "venice characters reviews alan-watts --page 2");
            Argument<string> slug = SlugArgument();
            var page = new Option<int?>("--page") { Description = "The page, from 1 (default: 1).", HelpName = "n" };
            var pageSize = new Option<int?>("--page-size") { Description = "Reviews per page, 1 to 100 (default: Venice's, 20).", HelpName = "n" };
            command.Add(slug);
            command.Add(page);
            command.Add(pageSize);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                CharacterReviewList list = await ArgumentChecks.Guard(() => client.Characters.ListReviewsAsync(parse.GetRequiredValue(slug), parse.GetValue(page), parse.GetValue(pageSize), ct)).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(list, CharactersJsonContext.Default.CharacterReviewList);
                    return ExitCodes.Success;
                }

                if (list.Summary is { } summary)
                {
                    context.Output.WriteLine($"Average {summary.AverageRating.ToString("0.0", CultureInfo.InvariantCulture)} from {summary.TotalReviews.ToString(CultureInfo.InvariantCulture)} reviews.");
                }

                if (list.Data.Count == 0)
                {
                    context.Output.WriteLine("No reviews.");
                }
                else
                {
                    var rows = new List<string[]>();
                    foreach (CharacterReview review in list.Data)
                    {
                        rows.Add([review.Rating.ToString(CultureInfo.InvariantCulture), Formats.Text(review.Username), Formats.Time(review.CreatedAt), Formats.Text(review.Message)]);
                    }

                    TableWriter.WriteTable(context.Output, ["RATING", "USER", "DATE (UTC)", "REVIEW"], rows);
                }

                if (list.Pagination is { TotalPages: > 0 } pagination)
                {
                    context.Output.WriteLine($"Page {pagination.Page.ToString(CultureInfo.InvariantCulture)} of {pagination.TotalPages.ToString(CultureInfo.InvariantCulture)}.");
                }

                return ExitCodes.Success;
            });
            return command;
        }
    }
}
