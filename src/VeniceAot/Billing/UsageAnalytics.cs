using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Billing
{
    /// <summary>The answer of <c>GET /billing/usage-analytics</c> (beta): usage totals by date, model and API key.</summary>
    public sealed class UsageAnalytics
    {
        /// <summary>The period covered: <c>Nd</c>, or <c>startDate:endDate</c>.</summary>
        [JsonPropertyName("lookback")]
        public string? Lookback { get; set; }

        /// <summary>Daily totals.</summary>
        [JsonPropertyName("byDate")]
        public List<UsageByDate>? ByDate { get; set; }

        /// <summary>Totals per model, highest spend first.</summary>
        [JsonPropertyName("byModel")]
        public List<UsageByModel>? ByModel { get; set; }

        /// <summary>
        /// Chart rows for the top models: each has <c>date</c> (Unix milliseconds) plus one amount per model name
        /// (the keys are display names, so they are kept as a map).
        /// </summary>
        [JsonPropertyName("byModelDaily")]
        public List<Dictionary<string, decimal>>? ByModelDaily { get; set; }

        /// <summary>Names of the top models, for chart legends.</summary>
        [JsonPropertyName("topModels")]
        public List<string>? TopModels { get; set; }

        /// <summary>Totals per API key, highest spend first.</summary>
        [JsonPropertyName("byKey")]
        public List<UsageByKey>? ByKey { get; set; }

        /// <summary>Chart rows for the top keys: <c>date</c> (Unix milliseconds) plus one amount per key description.</summary>
        [JsonPropertyName("byKeyDaily")]
        public List<Dictionary<string, decimal>>? ByKeyDaily { get; set; }

        /// <summary>Descriptions of the top keys, for chart legends.</summary>
        [JsonPropertyName("topKeyNames")]
        public List<string>? TopKeyNames { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One day's totals.</summary>
    public sealed class UsageByDate
    {
        /// <summary>The day, <c>YYYY-MM-DD</c>.</summary>
        [JsonPropertyName("date")]
        public string? Date { get; set; }

        /// <summary>USD spent that day.</summary>
        [JsonPropertyName("USD")]
        public decimal Usd { get; set; }

        /// <summary>DIEM spent that day.</summary>
        [JsonPropertyName("DIEM")]
        public decimal Diem { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One model's totals.</summary>
    public sealed class UsageByModel
    {
        /// <summary>The model's display name.</summary>
        [JsonPropertyName("modelName")]
        public string? ModelName { get; set; }

        /// <summary>The unit counted (tokens, images, chars, minutes, seconds).</summary>
        [JsonPropertyName("unitType")]
        public string? UnitType { get; set; }

        /// <summary>The model type (LLM, IMAGE, TTS, ASR, VIDEO); may be null.</summary>
        [JsonPropertyName("modelType")]
        public string? ModelType { get; set; }

        /// <summary>USD spent on the model.</summary>
        [JsonPropertyName("totalUsd")]
        public decimal TotalUsd { get; set; }

        /// <summary>DIEM spent on the model.</summary>
        [JsonPropertyName("totalDiem")]
        public decimal TotalDiem { get; set; }

        /// <summary>Units consumed.</summary>
        [JsonPropertyName("totalUnits")]
        public decimal TotalUnits { get; set; }

        /// <summary>Per token type (Input, Output, Cache Read, …); only when there are several types.</summary>
        [JsonPropertyName("breakdown")]
        public List<UsageBreakdown>? Breakdown { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Usage of one token type of a model.</summary>
    public sealed class UsageBreakdown
    {
        /// <summary>The token type, e.g. <c>Input</c>, <c>Output</c>, <c>Cache Read</c>.</summary>
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        /// <summary>USD amount.</summary>
        [JsonPropertyName("usd")]
        public decimal Usd { get; set; }

        /// <summary>DIEM amount.</summary>
        [JsonPropertyName("diem")]
        public decimal Diem { get; set; }

        /// <summary>Units.</summary>
        [JsonPropertyName("units")]
        public decimal Units { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One API key's totals.</summary>
    public sealed class UsageByKey
    {
        /// <summary>The key's id; null for usage from the web app.</summary>
        [JsonPropertyName("apiKeyId")]
        public string? ApiKeyId { get; set; }

        /// <summary>The key's description, or <c>Web App</c>.</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        /// <summary>USD spent with the key.</summary>
        [JsonPropertyName("totalUsd")]
        public decimal TotalUsd { get; set; }

        /// <summary>DIEM spent with the key.</summary>
        [JsonPropertyName("totalDiem")]
        public decimal TotalDiem { get; set; }

        /// <summary>Units consumed with the key.</summary>
        [JsonPropertyName("totalUnits")]
        public decimal TotalUnits { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
