using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Chat
{
    /// <summary><c>venice_parameters</c> of a chat request: features only Venice has. Null settings are not sent (Venice's defaults apply).</summary>
    public sealed class ChatVeniceParameters
    {
        /// <summary>The slug ("Public ID") of a public Venice character to talk to.</summary>
        [JsonPropertyName("character_slug")]
        public string? CharacterSlug { get; init; }

        /// <summary>Strip <c>&lt;think&gt;</c> blocks from the answer of reasoning models (default false).</summary>
        [JsonPropertyName("strip_thinking_response")]
        public bool? StripThinkingResponse { get; init; }

        /// <summary>Disable thinking on supported reasoning models (default false).</summary>
        [JsonPropertyName("disable_thinking")]
        public bool? DisableThinking { get; init; }

        /// <summary>Use end-to-end encryption on E2EE-capable models when E2EE headers are present (default true).</summary>
        [JsonPropertyName("enable_e2ee")]
        public bool? EnableE2ee { get; init; }

        /// <summary>Web search: <c>auto</c>, <c>off</c> (default) or <c>on</c>. A string on the wire, not a boolean.</summary>
        [JsonPropertyName("enable_web_search")]
        public ChatWebSearchMode? EnableWebSearch { get; init; }

        /// <summary>Scrape URLs in the latest user message (default false).</summary>
        [JsonPropertyName("enable_web_scraping")]
        public bool? EnableWebScraping { get; init; }

        /// <summary>With web search, ask the model to cite sources as <c>^1^</c> superscripts (default false).</summary>
        [JsonPropertyName("enable_web_citations")]
        public bool? EnableWebCitations { get; init; }

        /// <summary>Experimental: emit the search results as the first streamed chunk (default false).</summary>
        [JsonPropertyName("include_search_results_in_stream")]
        public bool? IncludeSearchResultsInStream { get; init; }

        /// <summary>Also return search results as a <c>venice_web_search_documents</c> tool call.</summary>
        [JsonPropertyName("return_search_results_as_documents")]
        public bool? ReturnSearchResultsAsDocuments { get; init; }

        /// <summary>Include Venice's system prompt beside yours (default true).</summary>
        [JsonPropertyName("include_venice_system_prompt")]
        public bool? IncludeVeniceSystemPrompt { get; init; }

        /// <summary>xAI native web and X search on supporting models (charged per search; default false).</summary>
        [JsonPropertyName("enable_x_search")]
        public bool? EnableXSearch { get; init; }
    }

    /// <summary>The <c>venice_parameters</c> a chat response echoes: the settings that applied, and web-search citations.</summary>
    public sealed class ChatVeniceParametersEcho
    {
        /// <summary>Whether end-to-end encryption was enabled.</summary>
        [JsonPropertyName("enable_e2ee")]
        public bool? EnableE2ee { get; set; }

        /// <summary>The web search mode that applied.</summary>
        [JsonPropertyName("enable_web_search")]
        public ChatWebSearchMode? EnableWebSearch { get; set; }

        /// <summary>Whether web citations were requested.</summary>
        [JsonPropertyName("enable_web_citations")]
        public bool? EnableWebCitations { get; set; }

        /// <summary>Whether web scraping was enabled.</summary>
        [JsonPropertyName("enable_web_scraping")]
        public bool? EnableWebScraping { get; set; }

        /// <summary>Whether Venice's system prompt was included.</summary>
        [JsonPropertyName("include_venice_system_prompt")]
        public bool? IncludeVeniceSystemPrompt { get; set; }

        /// <summary>Whether search results were included in the stream.</summary>
        [JsonPropertyName("include_search_results_in_stream")]
        public bool? IncludeSearchResultsInStream { get; set; }

        /// <summary>Whether search results were also returned as a tool-call documents block.</summary>
        [JsonPropertyName("return_search_results_as_documents")]
        public bool? ReturnSearchResultsAsDocuments { get; set; }

        /// <summary>The character used, if any.</summary>
        [JsonPropertyName("character_slug")]
        public string? CharacterSlug { get; set; }

        /// <summary>Whether thinking blocks were stripped.</summary>
        [JsonPropertyName("strip_thinking_response")]
        public bool? StripThinkingResponse { get; set; }

        /// <summary>Whether thinking was disabled.</summary>
        [JsonPropertyName("disable_thinking")]
        public bool? DisableThinking { get; set; }

        /// <summary>The web search results the answer may cite.</summary>
        [JsonPropertyName("web_search_citations")]
        public List<ChatWebSearchCitation>? WebSearchCitations { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A web search result the answer may cite.</summary>
    public sealed class ChatWebSearchCitation
    {
        /// <summary>The page title.</summary>
        [JsonPropertyName("title")]
        public string Title { get; set; } = string.Empty;

        /// <summary>The page URL.</summary>
        [JsonPropertyName("url")]
        public string Url { get; set; } = string.Empty;

        /// <summary>An excerpt of the page (may contain HTML entities).</summary>
        [JsonPropertyName("content")]
        public string? Content { get; set; }

        /// <summary>The page date as sent (e.g. <c>2024-08-13T13:45:16</c>, no time zone), kept as text.</summary>
        [JsonPropertyName("date")]
        public string? Date { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>
    /// Builds a model id with Venice's feature suffix, for clients that cannot send <c>venice_parameters</c>:
    /// <c>"zai-org-glm-5-1:enable_web_search=on&amp;include_venice_system_prompt=false"</c>. Only the settings that are
    /// set are written, in declaration order of <see cref="ChatVeniceParameters"/>; booleans as <c>true</c>/<c>false</c>.
    /// </summary>
    public static class ModelFeatureSuffix
    {
        /// <summary>Appends the set values of <paramref name="parameters"/> to <paramref name="modelId"/>.</summary>
        /// <param name="modelId">A model id, trait (e.g. <c>default</c>) or an id that already has a suffix (then values are appended with <c>&amp;</c>).</param>
        /// <param name="parameters">The settings to encode.</param>
        /// <returns>The model id with the suffix, or <paramref name="modelId"/> unchanged when nothing is set.</returns>
        /// <exception cref="ArgumentException">The model id is empty, or a string value contains <c>&amp;</c>, <c>=</c>, <c>:</c> or whitespace.</exception>
        public static string Build(string modelId, ChatVeniceParameters parameters)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
            ArgumentNullException.ThrowIfNull(parameters);
            var suffix = new StringBuilder();
            Add(suffix, "character_slug", parameters.CharacterSlug);
            Add(suffix, "strip_thinking_response", parameters.StripThinkingResponse);
            Add(suffix, "disable_thinking", parameters.DisableThinking);
            Add(suffix, "enable_e2ee", parameters.EnableE2ee);
            Add(suffix, "enable_web_search", parameters.EnableWebSearch?.Value);
            Add(suffix, "enable_web_scraping", parameters.EnableWebScraping);
            Add(suffix, "enable_web_citations", parameters.EnableWebCitations);
            Add(suffix, "include_search_results_in_stream", parameters.IncludeSearchResultsInStream);
            Add(suffix, "return_search_results_as_documents", parameters.ReturnSearchResultsAsDocuments);
            Add(suffix, "include_venice_system_prompt", parameters.IncludeVeniceSystemPrompt);
            Add(suffix, "enable_x_search", parameters.EnableXSearch);
            if (suffix.Length == 0)
            {
                return modelId;
            }

            char separator = modelId.Contains(':', StringComparison.Ordinal) ? '&' : ':';
            return modelId + separator + suffix.ToString();
        }

        private static void Add(StringBuilder suffix, string name, bool? value)
        {
            if (value is bool set)
            {
                Add(suffix, name, set ? "true" : "false");
            }
        }

        private static void Add(StringBuilder suffix, string name, string? value)
        {
            if (value is null)
            {
                return;
            }

            if (value.Length == 0 || value.AsSpan().IndexOfAny("&=: \t\r\n") >= 0)
            {
                throw new ArgumentException($"The value of '{name}' ('{value}') cannot be put in a model suffix: it is empty or contains '&', '=', ':' or whitespace.");
            }

            if (suffix.Length != 0)
            {
                suffix.Append('&');
            }

            suffix.Append(name).Append('=').Append(value);
        }
    }
}
