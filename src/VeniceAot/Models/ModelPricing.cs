using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Models
{
    /// <summary>
    /// A model's prices. The spec declares <c>pricing</c> as an untagged <c>anyOf</c> of nine shapes: LLM
    /// (<c>input</c>/<c>output</c>/<c>cache_input</c>/<c>cache_write</c>/<c>extended</c>), Image
    /// (<c>generation</c>/<c>resolutions</c>/<c>quality</c>/<c>upscale</c>), TTS (<c>input</c>), ASR
    /// (<c>per_audio_second</c>), Inpaint (<c>inpaint</c>/<c>resolutions</c>/<c>inputImages</c>/<c>quality</c>) and four
    /// untitled music shapes (<c>generation</c>, <c>durations</c>, <c>per_second</c>, <c>per_thousand_characters</c>).
    /// </summary>
    /// <remarks>
    /// This is deliberately <b>one lenient class with the properties of all nine branches</b> rather than a union: where
    /// branches share a name they share its shape (<c>input</c> is <c>{usd, diem}</c> for LLM and TTS, <c>generation</c>
    /// for image and music, <c>resolutions</c>/<c>quality</c> for image and inpaint), and the branches overlap (an LLM
    /// price list also matches the TTS branch; an embedding model sends the LLM shape), so shape matching could only
    /// guess. Merged, every field of every branch is typed, a new price field lands in
    /// <see cref="AdditionalProperties"/>, and the object writes back what it read. The unit of each price depends on
    /// <see cref="ModelResponse.Type"/> (noted on each property); all amounts are in USD and DIEM.
    /// </remarks>
    public sealed class ModelPricing
    {
        /// <summary>Text and embedding: per million input tokens. TTS: per million input characters.</summary>
        [JsonPropertyName("input")]
        public ModelPrice? Input { get; set; }

        /// <summary>Text and embedding: per million output tokens.</summary>
        [JsonPropertyName("output")]
        public ModelPrice? Output { get; set; }

        /// <summary>Text: per million cached input tokens (cache reads), for models with context caching.</summary>
        [JsonPropertyName("cache_input")]
        public ModelPrice? CacheInput { get; set; }

        /// <summary>Text: per million cache creation tokens (cache writes), for providers that charge for them.</summary>
        [JsonPropertyName("cache_write")]
        public ModelPrice? CacheWrite { get; set; }

        /// <summary>Text: the long-context tier that applies to the whole request above a token threshold.</summary>
        [JsonPropertyName("extended")]
        public ExtendedTokenPricing? Extended { get; set; }

        /// <summary>Image: per image, for models without resolution pricing. Music and upscale: per generation.</summary>
        [JsonPropertyName("generation")]
        public ModelPrice? Generation { get; set; }

        /// <summary>Image and inpaint: per image by resolution tier (<c>1K</c>, <c>2K</c>, <c>4K</c>); replaces <see cref="Generation"/>.</summary>
        [JsonPropertyName("resolutions")]
        public Dictionary<string, ModelPrice>? Resolutions { get; set; }

        /// <summary>Image and inpaint: per image by resolution tier, then by quality, for models that accept <c>quality</c>.</summary>
        [JsonPropertyName("quality")]
        public Dictionary<string, QualityPrices>? Quality { get; set; }

        /// <summary>Image and upscale: per 2x and 4x upscale.</summary>
        [JsonPropertyName("upscale")]
        public UpscalePrices? Upscale { get; set; }

        /// <summary>Inpaint: per edit.</summary>
        [JsonPropertyName("inpaint")]
        public ModelPrice? Inpaint { get; set; }

        /// <summary>Inpaint: what extra input images cost.</summary>
        [JsonPropertyName("inputImages")]
        public InputImagePricing? InputImages { get; set; }

        /// <summary>ASR: per second of audio.</summary>
        [JsonPropertyName("per_audio_second")]
        public ModelPrice? PerAudioSecond { get; set; }

        /// <summary>Music: per generation by duration tier (keys are tier names, e.g. <c>60</c>).</summary>
        [JsonPropertyName("durations")]
        public Dictionary<string, DurationPriceTier>? Durations { get; set; }

        /// <summary>Music: per second of generated audio.</summary>
        [JsonPropertyName("per_second")]
        public ModelPrice? PerSecond { get; set; }

        /// <summary>Music: per thousand characters.</summary>
        [JsonPropertyName("per_thousand_characters")]
        public ModelPrice? PerThousandCharacters { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A price in USD and in DIEM; the unit is given by the property that holds it.</summary>
    public sealed class ModelPrice
    {
        /// <summary>The price in USD.</summary>
        [JsonPropertyName("usd")]
        public decimal? Usd { get; set; }

        /// <summary>The price in DIEM.</summary>
        [JsonPropertyName("diem")]
        public decimal? Diem { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        /// <inheritdoc/>
        public override string ToString() => $"USD {Usd}, DIEM {Diem}";
    }

    /// <summary>Long-context token prices: above <see cref="ContextTokenThreshold"/> input tokens they apply to the whole request.</summary>
    public sealed class ExtendedTokenPricing
    {
        /// <summary>The input token count above which these prices apply.</summary>
        [JsonPropertyName("context_token_threshold")]
        public int? ContextTokenThreshold { get; set; }

        /// <summary>Per million input tokens.</summary>
        [JsonPropertyName("input")]
        public ModelPrice? Input { get; set; }

        /// <summary>Per million output tokens.</summary>
        [JsonPropertyName("output")]
        public ModelPrice? Output { get; set; }

        /// <summary>Per million cached input tokens.</summary>
        [JsonPropertyName("cache_input")]
        public ModelPrice? CacheInput { get; set; }

        /// <summary>Per million cache write tokens.</summary>
        [JsonPropertyName("cache_write")]
        public ModelPrice? CacheWrite { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Per-image prices by quality for one resolution tier.</summary>
    public sealed class QualityPrices
    {
        /// <summary><c>low</c> quality.</summary>
        [JsonPropertyName("low")]
        public ModelPrice? Low { get; set; }

        /// <summary><c>medium</c> quality.</summary>
        [JsonPropertyName("medium")]
        public ModelPrice? Medium { get; set; }

        /// <summary><c>high</c> quality.</summary>
        [JsonPropertyName("high")]
        public ModelPrice? High { get; set; }

        /// <summary>Qualities this version of VeniceAot does not know yet, and other new fields.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Upscale prices.</summary>
    public sealed class UpscalePrices
    {
        /// <summary>Per 2x upscale.</summary>
        [JsonPropertyName("2x")]
        public ModelPrice? Scale2x { get; set; }

        /// <summary>Per 4x upscale.</summary>
        [JsonPropertyName("4x")]
        public ModelPrice? Scale4x { get; set; }

        /// <summary>Scales this version of VeniceAot does not know yet, and other new fields.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Input-image pricing of an edit model: the base price covers <see cref="Included"/> images, each further one costs <see cref="Additional"/>.</summary>
    public sealed class InputImagePricing
    {
        /// <summary>Input images covered by the base price.</summary>
        [JsonPropertyName("included")]
        public int? Included { get; set; }

        /// <summary>The price of each further input image, per output image.</summary>
        [JsonPropertyName("additional")]
        public ModelPrice? Additional { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The price of a generation whose duration falls in [<see cref="MinSeconds"/>, <see cref="MaxSeconds"/>].</summary>
    public sealed class DurationPriceTier
    {
        /// <summary>The price in USD.</summary>
        [JsonPropertyName("usd")]
        public decimal? Usd { get; set; }

        /// <summary>The price in DIEM.</summary>
        [JsonPropertyName("diem")]
        public decimal? Diem { get; set; }

        /// <summary>The shortest duration (inclusive), in seconds, of this tier.</summary>
        [JsonPropertyName("min_seconds")]
        public double? MinSeconds { get; set; }

        /// <summary>The longest duration (inclusive), in seconds, of this tier.</summary>
        [JsonPropertyName("max_seconds")]
        public double? MaxSeconds { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
