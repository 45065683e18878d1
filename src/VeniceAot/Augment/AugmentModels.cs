using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Augment
{
    /// <summary>What <c>POST /augment/text-parser</c> answers: <c>json</c> (text and token count) or <c>text</c> (plain text).</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<TextParserFormat>))]
    public readonly record struct TextParserFormat(string Value) : IOpenEnum<TextParserFormat>
    {
        /// <summary><c>json</c>: <see cref="TextParserResponse"/>.</summary>
        public static TextParserFormat Json => new("json");

        /// <summary><c>text</c>: the extracted text as <c>text/plain</c>.</summary>
        public static TextParserFormat Text => new("text");

        /// <inheritdoc/>
        public static TextParserFormat FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The search provider of <c>POST /augment/search</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<WebSearchProvider>))]
    public readonly record struct WebSearchProvider(string Value) : IOpenEnum<WebSearchProvider>
    {
        /// <summary><c>brave</c> (default): Brave Search with zero data retention.</summary>
        public static WebSearchProvider Brave => new("brave");

        /// <summary><c>google</c>: Google Search, proxied and anonymized by Venice.</summary>
        public static WebSearchProvider Google => new("google");

        /// <inheritdoc/>
        public static WebSearchProvider FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The format of scraped content.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<WebScrapeFormat>))]
    public readonly record struct WebScrapeFormat(string Value) : IOpenEnum<WebScrapeFormat>
    {
        /// <summary><c>markdown</c>.</summary>
        public static WebScrapeFormat Markdown => new("markdown");

        /// <inheritdoc/>
        public static WebScrapeFormat FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The JSON answer of <c>POST /augment/text-parser</c>.</summary>
    public sealed class TextParserResponse
    {
        /// <summary>The extracted text.</summary>
        [JsonPropertyName("text")]
        public string Text { get; set; } = string.Empty;

        /// <summary>The token count of the text.</summary>
        [JsonPropertyName("tokens")]
        public long Tokens { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The body of <c>POST /augment/scrape</c>.</summary>
    public sealed record WebScrapeRequest
    {
        /// <summary>The page to scrape (some sites that block automation, e.g. X and Reddit, are refused).</summary>
        [JsonPropertyName("url")]
        public required string Url { get; init; }
    }

    /// <summary>The answer of <c>POST /augment/scrape</c>.</summary>
    public sealed class WebScrapeResponse
    {
        /// <summary>The scraped URL.</summary>
        [JsonPropertyName("url")]
        public string? Url { get; set; }

        /// <summary>The page content.</summary>
        [JsonPropertyName("content")]
        public string Content { get; set; } = string.Empty;

        /// <summary>The content format, <c>markdown</c>.</summary>
        [JsonPropertyName("format")]
        public WebScrapeFormat Format { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The body of <c>POST /augment/search</c>.</summary>
    public sealed record WebSearchRequest
    {
        /// <summary>The query, 1 to 400 characters.</summary>
        [JsonPropertyName("query")]
        public required string Query { get; init; }

        /// <summary>The most results to return, 1 to 20 (server default 10).</summary>
        [JsonPropertyName("limit")]
        public int? Limit { get; init; }

        /// <summary>The provider (server default <c>brave</c>).</summary>
        [JsonPropertyName("search_provider")]
        public WebSearchProvider? SearchProvider { get; init; }
    }

    /// <summary>The answer of <c>POST /augment/search</c>.</summary>
    public sealed class WebSearchResponse
    {
        /// <summary>The query that ran.</summary>
        [JsonPropertyName("query")]
        public string? Query { get; set; }

        /// <summary>The results.</summary>
        [JsonPropertyName("results")]
        public List<WebSearchResult> Results { get; set; } = [];

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One search result.</summary>
    public sealed class WebSearchResult
    {
        /// <summary>The title.</summary>
        [JsonPropertyName("title")]
        public string? Title { get; set; }

        /// <summary>The URL.</summary>
        [JsonPropertyName("url")]
        public string? Url { get; set; }

        /// <summary>A snippet.</summary>
        [JsonPropertyName("content")]
        public string? Content { get; set; }

        /// <summary>The result's date, if known (as sent).</summary>
        [JsonPropertyName("date")]
        public string? Date { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
