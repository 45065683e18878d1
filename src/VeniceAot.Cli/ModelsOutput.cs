using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using VeniceAot.Models;

namespace VeniceAot.Cli
{
    /// <summary>Plain-text output of the <c>models</c> commands.</summary>
    public static class ModelsOutput
    {
        /// <summary>A table of models: id, type, name, context tokens and a one-cell USD price summary.</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="list">The models.</param>
        public static void WriteList(TextWriter output, ModelList list)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(list);
            if (list.Data.Count == 0)
            {
                output.WriteLine("No models.");
                return;
            }

            var rows = new List<string[]>(list.Data.Count);
            foreach (ModelResponse model in list.Data)
            {
                ModelSpec? spec = model.ModelSpec;
                rows.Add([model.Id, Formats.Text(model.Type.Value), Formats.Text(spec?.Name), Context(model), Price(spec?.Pricing)]);
            }

            TableWriter.WriteTable(output, ["ID", "TYPE", "NAME", "CONTEXT", "PRICE (USD)"], rows);
        }

        /// <summary>A two-column table of a string map, sorted by key.</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="keyHeader">The first column's header.</param>
        /// <param name="valueHeader">The second column's header.</param>
        /// <param name="pairs">The map.</param>
        /// <param name="empty">What to print when the map is empty.</param>
        public static void WritePairs(TextWriter output, string keyHeader, string valueHeader, IReadOnlyDictionary<string, string> pairs, string empty)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(pairs);
            if (pairs.Count == 0)
            {
                output.WriteLine(empty);
                return;
            }

            var rows = pairs.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new[] { pair.Key, Formats.Text(pair.Value) }).ToList();
            TableWriter.WriteTable(output, [keyHeader, valueHeader], rows);
        }

        /// <summary>The context window in tokens (e.g. <c>131,072</c>), or "-" for models without one.</summary>
        /// <param name="model">The model.</param>
        /// <returns>The text.</returns>
        public static string Context(ModelResponse model)
        {
            ArgumentNullException.ThrowIfNull(model);
            int? tokens = model.ModelSpec?.AvailableContextTokens ?? model.ContextLength;
            return tokens is { } value ? value.ToString("N0", CultureInfo.InvariantCulture) : Formats.None;
        }

        /// <summary>
        /// The price in one cell, by what the model charges for: tokens (per million, in/out), images, seconds,
        /// characters; tiered prices show the lowest tier as "from …". "-" when the listing carries no price.
        /// </summary>
        /// <param name="pricing">The pricing.</param>
        /// <returns>The text.</returns>
        public static string Price(ModelPricing? pricing)
        {
            if (pricing is null)
            {
                return Formats.None;
            }

            if (pricing.Input?.Usd is not null || pricing.Output?.Usd is not null)
            {
                string input = pricing.Input?.Usd is { } i ? $"{Usd(i)} in" : string.Empty;
                string output = pricing.Output?.Usd is { } o ? $"{Usd(o)} out" : string.Empty;
                return string.Join(" / ", new[] { input, output }.Where(part => part.Length > 0)) + " per 1M tokens";
            }

            if (pricing.Generation?.Usd is { } image)
            {
                return $"{Usd(image)} per image";
            }

            if (pricing.PerSecond?.Usd is { } second)
            {
                return $"{Usd(second)} per second";
            }

            if (pricing.PerAudioSecond?.Usd is { } audio)
            {
                return $"{Usd(audio)} per audio second";
            }

            if (pricing.PerThousandCharacters?.Usd is { } characters)
            {
                return $"{Usd(characters)} per 1K characters";
            }

            if (pricing.Upscale?.Scale2x?.Usd is { } upscale)
            {
                return $"{Usd(upscale)} per 2x upscale";
            }

            if (pricing.Inpaint?.Usd is { } inpaint)
            {
                return $"{Usd(inpaint)} per edit";
            }

            decimal? lowest = Lowest(pricing.Resolutions?.Values.Select(price => price.Usd))
                ?? Lowest(pricing.Durations?.Values.Select(tier => tier.Usd))
                ?? Lowest(pricing.Quality?.Values.SelectMany(quality => new[] { quality.Low?.Usd, quality.Medium?.Usd, quality.High?.Usd }));
            return lowest is { } from ? $"from {Usd(from)}" : Formats.None;
        }

        private static decimal? Lowest(IEnumerable<decimal?>? prices)
        {
            decimal? lowest = null;
            foreach (decimal? price in prices ?? [])
            {
                if (price is { } value && (lowest is null || value < lowest))
                {
                    lowest = value;
                }
            }

            return lowest;
        }

        private static string Usd(decimal amount) => "$" + Formats.Amount(amount);
    }
}
