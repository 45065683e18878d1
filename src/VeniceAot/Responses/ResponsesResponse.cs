using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Responses
{
    /// <summary>The result of <c>POST /responses</c>, and the <c>response</c> carried by stream events.</summary>
    public sealed class ResponsesResponse : Telemetry.IUsageReport
    {
        Telemetry.UsageReport Telemetry.IUsageReport.Usage => new(Model, Id, Usage?.InputTokens, Usage?.OutputTokens);

        /// <summary>The response id (e.g. <c>resp_abc123</c>).</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>Always <c>response</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>When the response was created, in Unix seconds.</summary>
        [JsonPropertyName("created_at")]
        public long? CreatedAt { get; set; }

        /// <summary>The model that answered.</summary>
        [JsonPropertyName("model")]
        public string? Model { get; set; }

        /// <summary>The response's status.</summary>
        [JsonPropertyName("status")]
        public ResponseStatus? Status { get; set; }

        /// <summary>The output items, in order: reasoning, messages, function calls, web searches, or unknown kinds kept raw.</summary>
        [JsonPropertyName("output")]
        public List<ResponseOutputItem> Output { get; set; } = [];

        /// <summary>Token usage.</summary>
        [JsonPropertyName("usage")]
        public ResponseUsage? Usage { get; set; }

        /// <summary>What went wrong, when <see cref="Status"/> is <c>failed</c>.</summary>
        [JsonPropertyName("error")]
        public ResponseError? Error { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        /// <summary>The text of every <c>output_text</c> part of every message item, concatenated (empty if none).</summary>
        /// <returns>The text.</returns>
        public string GetOutputText()
        {
            var text = new StringBuilder();
            foreach (ResponseOutputItem item in Output)
            {
                if (item is ResponseMessageItem message)
                {
                    foreach (ResponseOutputContent part in message.Content)
                    {
                        if (part.Type == ResponseOutputContentType.OutputText && part.Text is not null)
                        {
                            text.Append(part.Text);
                        }
                    }
                }
            }

            return text.ToString();
        }
    }

    /// <summary>Token usage of a response.</summary>
    public sealed class ResponseUsage
    {
        /// <summary>Input tokens.</summary>
        [JsonPropertyName("input_tokens")]
        public int InputTokens { get; set; }

        /// <summary>Details of the input tokens.</summary>
        [JsonPropertyName("input_tokens_details")]
        public ResponseInputTokensDetails? InputTokensDetails { get; set; }

        /// <summary>Output tokens.</summary>
        [JsonPropertyName("output_tokens")]
        public int OutputTokens { get; set; }

        /// <summary>Details of the output tokens.</summary>
        [JsonPropertyName("output_tokens_details")]
        public ResponseOutputTokensDetails? OutputTokensDetails { get; set; }

        /// <summary>Input plus output tokens.</summary>
        [JsonPropertyName("total_tokens")]
        public int TotalTokens { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Details of the input tokens.</summary>
    public sealed class ResponseInputTokensDetails
    {
        /// <summary>Input tokens served from the prompt cache.</summary>
        [JsonPropertyName("cached_tokens")]
        public int? CachedTokens { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Details of the output tokens.</summary>
    public sealed class ResponseOutputTokensDetails
    {
        /// <summary>Output tokens spent on reasoning.</summary>
        [JsonPropertyName("reasoning_tokens")]
        public int? ReasoningTokens { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The error of a failed response.</summary>
    public sealed class ResponseError
    {
        /// <summary>A machine-readable code.</summary>
        [JsonPropertyName("code")]
        public string? Code { get; set; }

        /// <summary>What went wrong.</summary>
        [JsonPropertyName("message")]
        public string? Message { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
