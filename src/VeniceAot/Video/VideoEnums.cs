using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Video
{
    /// <summary>
    /// A video length: <c>5s</c>, <c>10s</c>, …, <c>30s</c>, <c>-1</c>/<c>auto</c> (match a source clip) or <c>1 gen</c>.
    /// Options vary by model; any string is accepted.
    /// </summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<VideoDuration>))]
    public readonly record struct VideoDuration(string Value) : IOpenEnum<VideoDuration>
    {
        /// <summary><c>5s</c>.</summary>
        public static VideoDuration FiveSeconds => new("5s");

        /// <summary><c>10s</c>.</summary>
        public static VideoDuration TenSeconds => new("10s");

        /// <summary><c>auto</c>: match the source clip (Seedance reference-to-video edits).</summary>
        public static VideoDuration Auto => new("auto");

        /// <summary>A whole number of seconds, written as <c>{seconds}s</c>.</summary>
        /// <param name="seconds">1 to 30 for current models.</param>
        /// <returns>The value.</returns>
        public static VideoDuration FromSeconds(int seconds) => new(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "s");

        /// <inheritdoc/>
        public static VideoDuration FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>A video aspect ratio such as <c>16:9</c> (always a string), or <c>adaptive</c>/<c>auto</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<VideoAspectRatio>))]
    public readonly record struct VideoAspectRatio(string Value) : IOpenEnum<VideoAspectRatio>
    {
        /// <summary><c>1:1</c>.</summary>
        public static VideoAspectRatio Square => new("1:1");

        /// <summary><c>16:9</c>.</summary>
        public static VideoAspectRatio Landscape16x9 => new("16:9");

        /// <summary><c>9:16</c>.</summary>
        public static VideoAspectRatio Portrait9x16 => new("9:16");

        /// <summary><c>4:3</c>.</summary>
        public static VideoAspectRatio Landscape4x3 => new("4:3");

        /// <summary><c>3:4</c>.</summary>
        public static VideoAspectRatio Portrait3x4 => new("3:4");

        /// <summary><c>21:9</c>.</summary>
        public static VideoAspectRatio Ultrawide21x9 => new("21:9");

        /// <summary><c>auto</c>.</summary>
        public static VideoAspectRatio Auto => new("auto");

        /// <inheritdoc/>
        public static VideoAspectRatio FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>A video resolution such as <c>720p</c>, <c>1080p</c> or <c>4k</c>; options vary by model.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<VideoResolution>))]
    public readonly record struct VideoResolution(string Value) : IOpenEnum<VideoResolution>
    {
        /// <summary><c>480p</c>.</summary>
        public static VideoResolution P480 => new("480p");

        /// <summary><c>720p</c>.</summary>
        public static VideoResolution P720 => new("720p");

        /// <summary><c>1080p</c>.</summary>
        public static VideoResolution P1080 => new("1080p");

        /// <summary><c>4k</c>.</summary>
        public static VideoResolution K4 => new("4k");

        /// <inheritdoc/>
        public static VideoResolution FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>A Seedance 2.5 reference-to-video task hint: <c>auto</c>, <c>reference</c>, <c>edit</c> or <c>extend</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<OmniReferenceTaskType>))]
    public readonly record struct OmniReferenceTaskType(string Value) : IOpenEnum<OmniReferenceTaskType>
    {
        /// <summary><c>auto</c>.</summary>
        public static OmniReferenceTaskType Auto => new("auto");

        /// <summary><c>reference</c>.</summary>
        public static OmniReferenceTaskType Reference => new("reference");

        /// <summary><c>edit</c>.</summary>
        public static OmniReferenceTaskType Edit => new("edit");

        /// <summary><c>extend</c>.</summary>
        public static OmniReferenceTaskType Extend => new("extend");

        /// <inheritdoc/>
        public static OmniReferenceTaskType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The state of a video job: <c>PROCESSING</c> or <c>COMPLETED</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<VideoJobStatus>))]
    public readonly record struct VideoJobStatus(string Value) : IOpenEnum<VideoJobStatus>
    {
        /// <summary><c>PROCESSING</c>.</summary>
        public static VideoJobStatus Processing => new("PROCESSING");

        /// <summary><c>COMPLETED</c> (with a pre-signed download URL, the video is fetched from there).</summary>
        public static VideoJobStatus Completed => new("COMPLETED");

        /// <inheritdoc/>
        public static VideoJobStatus FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>How a video transcript is answered: <c>json</c> or <c>text</c> (<c>text/plain</c>).</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<VideoTranscriptionFormat>))]
    public readonly record struct VideoTranscriptionFormat(string Value) : IOpenEnum<VideoTranscriptionFormat>
    {
        /// <summary><c>json</c>, the default.</summary>
        public static VideoTranscriptionFormat Json => new("json");

        /// <summary><c>text</c>.</summary>
        public static VideoTranscriptionFormat Text => new("text");

        /// <inheritdoc/>
        public static VideoTranscriptionFormat FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }
}
