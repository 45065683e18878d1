using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Models
{
    /// <summary>
    /// A model's parameter limits and defaults. The spec declares <c>constraints</c> as an untagged <c>anyOf</c> of four
    /// shapes (Image, Text, Video and Inpaint Model Constraints) that carry no discriminator.
    /// </summary>
    /// <remarks>
    /// <para>
    /// This is deliberately <b>one lenient class with the properties of all four branches</b> rather than a union:
    /// the branches never give one property name two different types (image, video and inpaint all send
    /// <c>resolutions</c> as a string array; image and inpaint share <c>aspectRatios</c>, <c>promptCharacterLimit</c>,
    /// <c>defaultResolution</c>, <c>defaultQuality</c> and <c>qualities</c>), so nothing is lost by merging them, and a
    /// shape Venice adds or extends later still deserializes: known fields fill their properties, unknown ones land in
    /// <see cref="AdditionalProperties"/>, and the object writes back exactly what was read (nulls are not written).
    /// A union chosen by shape matching would have to guess (a text model's <c>{temperature, top_p}</c> matches no
    /// required set of the other branches, but a future image model without <c>steps</c> would match nothing).
    /// </para>
    /// <para>
    /// Which fields are filled follows <see cref="ModelResponse.Type"/>: <c>text</c> fills the sampling defaults
    /// (<see cref="Temperature"/> …); <c>image</c> the camelCase image fields (<see cref="Steps"/>,
    /// <see cref="WidthHeightDivisor"/> …); <c>video</c> the snake_case ones (<see cref="VideoAspectRatios"/>,
    /// <see cref="Durations"/>, <see cref="VideoModelType"/> …); <c>inpaint</c> the edit fields
    /// (<see cref="CombineImages"/>, <see cref="MaxInputImages"/> …).
    /// </para>
    /// </remarks>
    public sealed class ModelConstraints
    {
        /// <summary>Image and inpaint: the aspect ratios accepted (<c>1:1</c>, <c>16:9</c>, inpaint also <c>auto</c>).</summary>
        [JsonPropertyName("aspectRatios")]
        public List<string>? AspectRatios { get; set; }

        /// <summary>Image: the default aspect ratio.</summary>
        [JsonPropertyName("defaultAspectRatio")]
        public string? DefaultAspectRatio { get; set; }

        /// <summary>Image and inpaint: the default resolution (e.g. <c>1K</c>).</summary>
        [JsonPropertyName("defaultResolution")]
        public string? DefaultResolution { get; set; }

        /// <summary>Image, inpaint (<c>1K</c>, <c>2K</c> …) and video (<c>1080p</c>, <c>720p</c> …; empty means none defined): the resolutions accepted.</summary>
        [JsonPropertyName("resolutions")]
        public List<string>? Resolutions { get; set; }

        /// <summary>Image and inpaint: the default <c>quality</c>, for models that accept it.</summary>
        [JsonPropertyName("defaultQuality")]
        public ModelQualityLevel? DefaultQuality { get; set; }

        /// <summary>Image and inpaint: the <c>quality</c> values accepted, for models that accept it.</summary>
        [JsonPropertyName("qualities")]
        public List<ModelQualityLevel>? Qualities { get; set; }

        /// <summary>Image and inpaint: the longest prompt in characters.</summary>
        [JsonPropertyName("promptCharacterLimit")]
        public int? PromptCharacterLimit { get; set; }

        /// <summary>Image: the default and maximum <c>steps</c>.</summary>
        [JsonPropertyName("steps")]
        public StepsConstraint? Steps { get; set; }

        /// <summary>Image: width and height must be divisible by this.</summary>
        [JsonPropertyName("widthHeightDivisor")]
        public int? WidthHeightDivisor { get; set; }

        /// <summary>Image: the most <c>style_references</c> accepted.</summary>
        [JsonPropertyName("maxStyleReferences")]
        public int? MaxStyleReferences { get; set; }

        /// <summary>Image: whether a style reference's <c>strength</c> is honoured.</summary>
        [JsonPropertyName("supportsStyleReferenceStrength")]
        public bool? SupportsStyleReferenceStrength { get; set; }

        /// <summary>Text: the default <c>temperature</c>.</summary>
        [JsonPropertyName("temperature")]
        public ParameterDefault? Temperature { get; set; }

        /// <summary>Text: the default <c>top_p</c>.</summary>
        [JsonPropertyName("top_p")]
        public ParameterDefault? TopP { get; set; }

        /// <summary>Text: the default <c>frequency_penalty</c>.</summary>
        [JsonPropertyName("frequency_penalty")]
        public ParameterDefault? FrequencyPenalty { get; set; }

        /// <summary>Text: the default <c>presence_penalty</c>.</summary>
        [JsonPropertyName("presence_penalty")]
        public ParameterDefault? PresencePenalty { get; set; }

        /// <summary>Text: the default <c>repetition_penalty</c>.</summary>
        [JsonPropertyName("repetition_penalty")]
        public ParameterDefault? RepetitionPenalty { get; set; }

        /// <summary>Video: the aspect ratios accepted (empty means none defined).</summary>
        [JsonPropertyName("aspect_ratios")]
        public List<string>? VideoAspectRatios { get; set; }

        /// <summary>Video: the durations accepted, e.g. <c>5s</c> (empty means none defined).</summary>
        [JsonPropertyName("durations")]
        public List<string>? Durations { get; set; }

        /// <summary>Video: what the model generates from.</summary>
        [JsonPropertyName("model_type")]
        public VideoModelType? VideoModelType { get; set; }

        /// <summary>Video: whether audio is generated.</summary>
        [JsonPropertyName("audio")]
        public bool? Audio { get; set; }

        /// <summary>Video: whether audio can be turned on or off.</summary>
        [JsonPropertyName("audio_configurable")]
        public bool? AudioConfigurable { get; set; }

        /// <summary>Video: the longest prompt in characters (Venice's default when absent: 2500).</summary>
        [JsonPropertyName("prompt_character_limit")]
        public int? VideoPromptCharacterLimit { get; set; }

        /// <summary>Inpaint: whether several input images can be combined.</summary>
        [JsonPropertyName("combineImages")]
        public bool? CombineImages { get; set; }

        /// <summary>Inpaint: the most input images for combine/multi-edit (absent: 3, or 1 without <see cref="CombineImages"/>).</summary>
        [JsonPropertyName("maxInputImages")]
        public int? MaxInputImages { get; set; }

        /// <summary>Inpaint: when false, single-image edits keep the input's dimensions and ignore <c>aspect_ratio</c> (default true).</summary>
        [JsonPropertyName("singleImageAspectRatio")]
        public bool? SingleImageAspectRatio { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A sampling parameter's default value.</summary>
    public sealed class ParameterDefault
    {
        /// <summary>The value used when the request names none.</summary>
        [JsonPropertyName("default")]
        public double? Default { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>An image model's <c>steps</c> range.</summary>
    public sealed class StepsConstraint
    {
        /// <summary>The default number of steps.</summary>
        [JsonPropertyName("default")]
        public int? Default { get; set; }

        /// <summary>The most steps accepted.</summary>
        [JsonPropertyName("max")]
        public int? Max { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
