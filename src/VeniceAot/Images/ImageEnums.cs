using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Images
{
    /// <summary>An image generation model id, e.g. <see cref="GrokImagineImage"/> or any id from <c>GET /models?type=image</c>. Model ids are case-sensitive.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ImageModel>))]
    public readonly record struct ImageModel(string Value) : IOpenEnum<ImageModel>
    {
        /// <summary><c>grok-imagine-image</c>.</summary>
        public static ImageModel GrokImagineImage => new("grok-imagine-image");

        /// <summary><c>venice-sd35</c>.</summary>
        public static ImageModel VeniceSd35 => new("venice-sd35");

        /// <summary><c>qwen-image</c>.</summary>
        public static ImageModel QwenImage => new("qwen-image");

        /// <summary><c>z-image-turbo</c>.</summary>
        public static ImageModel ZImageTurbo => new("z-image-turbo");

        /// <summary><c>flux-2-pro</c>.</summary>
        public static ImageModel Flux2Pro => new("flux-2-pro");

        /// <summary><c>nano-banana-pro</c>.</summary>
        public static ImageModel NanoBananaPro => new("nano-banana-pro");

        /// <summary><c>gpt-image-2</c>.</summary>
        public static ImageModel GptImage2 => new("gpt-image-2");

        /// <summary><c>seedream-v5-pro</c>.</summary>
        public static ImageModel SeedreamV5Pro => new("seedream-v5-pro");

        /// <summary><c>lustify-sdxl</c>.</summary>
        public static ImageModel LustifySdxl => new("lustify-sdxl");

        /// <summary><c>wai-Illustrious</c>.</summary>
        public static ImageModel WaiIllustrious => new("wai-Illustrious");

        /// <inheritdoc/>
        public static ImageModel FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>An image edit model id (the spec's <c>modelId</c> list for <c>/image/edit</c> and <c>/image/multi-edit</c>), or any id from <c>GET /models?type=inpaint</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ImageEditModel>))]
    public readonly record struct ImageEditModel(string Value) : IOpenEnum<ImageEditModel>
    {
        /// <summary><c>firered-image-edit</c>.</summary>
        public static ImageEditModel FireredImageEdit => new("firered-image-edit");

        /// <summary><c>qwen-edit-uncensored</c>.</summary>
        public static ImageEditModel QwenEditUncensored => new("qwen-edit-uncensored");

        /// <summary><c>grok-imagine-edit</c>.</summary>
        public static ImageEditModel GrokImagineEdit => new("grok-imagine-edit");

        /// <summary><c>grok-imagine-quality-edit</c>.</summary>
        public static ImageEditModel GrokImagineQualityEdit => new("grok-imagine-quality-edit");

        /// <summary><c>grok-imagine-image-2-0-edit</c>.</summary>
        public static ImageEditModel GrokImagineImage20Edit => new("grok-imagine-image-2-0-edit");

        /// <summary><c>qwen-image-2-edit</c>.</summary>
        public static ImageEditModel QwenImage2Edit => new("qwen-image-2-edit");

        /// <summary><c>qwen-image-2-pro-edit</c>.</summary>
        public static ImageEditModel QwenImage2ProEdit => new("qwen-image-2-pro-edit");

        /// <summary><c>wan-2-7-pro-edit</c>.</summary>
        public static ImageEditModel Wan27ProEdit => new("wan-2-7-pro-edit");

        /// <summary><c>flux-2-max-edit</c>.</summary>
        public static ImageEditModel Flux2MaxEdit => new("flux-2-max-edit");

        /// <summary><c>gpt-image-2-edit</c>.</summary>
        public static ImageEditModel GptImage2Edit => new("gpt-image-2-edit");

        /// <summary><c>gpt-image-1-5-edit</c>.</summary>
        public static ImageEditModel GptImage15Edit => new("gpt-image-1-5-edit");

        /// <summary><c>nano-banana-2-edit</c>.</summary>
        public static ImageEditModel NanoBanana2Edit => new("nano-banana-2-edit");

        /// <summary><c>nano-banana-pro-edit</c>.</summary>
        public static ImageEditModel NanoBananaProEdit => new("nano-banana-pro-edit");

        /// <summary><c>nano-banana-2-lite-edit</c>.</summary>
        public static ImageEditModel NanoBanana2LiteEdit => new("nano-banana-2-lite-edit");

        /// <summary><c>luma-uni-1-edit</c>.</summary>
        public static ImageEditModel LumaUni1Edit => new("luma-uni-1-edit");

        /// <summary><c>luma-uni-1-max-edit</c>.</summary>
        public static ImageEditModel LumaUni1MaxEdit => new("luma-uni-1-max-edit");

        /// <summary><c>seedream-v5-lite-edit</c>.</summary>
        public static ImageEditModel SeedreamV5LiteEdit => new("seedream-v5-lite-edit");

        /// <summary><c>seedream-v5-pro-edit</c>.</summary>
        public static ImageEditModel SeedreamV5ProEdit => new("seedream-v5-pro-edit");

        /// <summary><c>seedream-v4-edit</c>.</summary>
        public static ImageEditModel SeedreamV4Edit => new("seedream-v4-edit");

        /// <summary><c>qwen-image-3-edit</c>.</summary>
        public static ImageEditModel QwenImage3Edit => new("qwen-image-3-edit");

        /// <summary><c>qwen-image-3-pro-edit</c>.</summary>
        public static ImageEditModel QwenImage3ProEdit => new("qwen-image-3-pro-edit");

        /// <inheritdoc/>
        public static ImageEditModel FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>An image file format: <c>jpeg</c>, <c>png</c> or <c>webp</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ImageFormat>))]
    public readonly record struct ImageFormat(string Value) : IOpenEnum<ImageFormat>
    {
        /// <summary><c>jpeg</c>.</summary>
        public static ImageFormat Jpeg => new("jpeg");

        /// <summary><c>png</c>.</summary>
        public static ImageFormat Png => new("png");

        /// <summary><c>webp</c>.</summary>
        public static ImageFormat Webp => new("webp");

        /// <inheritdoc/>
        public static ImageFormat FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>Output quality for models that support it (e.g. GPT Image 2); higher values can cost more.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ImageQuality>))]
    public readonly record struct ImageQuality(string Value) : IOpenEnum<ImageQuality>
    {
        /// <summary><c>low</c>.</summary>
        public static ImageQuality Low => new("low");

        /// <summary><c>medium</c>.</summary>
        public static ImageQuality Medium => new("medium");

        /// <summary><c>high</c>.</summary>
        public static ImageQuality High => new("high");

        /// <inheritdoc/>
        public static ImageQuality FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The aspect ratio of an edited image; <c>auto</c> infers the closest supported ratio from the input. Supported values vary by model.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ImageAspectRatio>))]
    public readonly record struct ImageAspectRatio(string Value) : IOpenEnum<ImageAspectRatio>
    {
        /// <summary><c>auto</c>.</summary>
        public static ImageAspectRatio Auto => new("auto");

        /// <summary><c>1:1</c>.</summary>
        public static ImageAspectRatio Square => new("1:1");

        /// <summary><c>3:2</c>.</summary>
        public static ImageAspectRatio Landscape3x2 => new("3:2");

        /// <summary><c>16:9</c>.</summary>
        public static ImageAspectRatio Landscape16x9 => new("16:9");

        /// <summary><c>21:9</c>.</summary>
        public static ImageAspectRatio Landscape21x9 => new("21:9");

        /// <summary><c>9:16</c>.</summary>
        public static ImageAspectRatio Portrait9x16 => new("9:16");

        /// <summary><c>2:3</c>.</summary>
        public static ImageAspectRatio Portrait2x3 => new("2:3");

        /// <summary><c>3:4</c>.</summary>
        public static ImageAspectRatio Portrait3x4 => new("3:4");

        /// <summary><c>4:5</c>.</summary>
        public static ImageAspectRatio Portrait4x5 => new("4:5");

        /// <inheritdoc/>
        public static ImageAspectRatio FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>OpenAI-compatible <c>background</c>; accepted and not used by Venice.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ImageBackground>))]
    public readonly record struct ImageBackground(string Value) : IOpenEnum<ImageBackground>
    {
        /// <summary><c>transparent</c>.</summary>
        public static ImageBackground Transparent => new("transparent");

        /// <summary><c>opaque</c>.</summary>
        public static ImageBackground Opaque => new("opaque");

        /// <summary><c>auto</c>.</summary>
        public static ImageBackground Auto => new("auto");

        /// <inheritdoc/>
        public static ImageBackground FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>OpenAI-compatible <c>moderation</c>: <c>auto</c> enables Safe Venice (adult content is blurred), <c>low</c> disables it.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ImageModeration>))]
    public readonly record struct ImageModeration(string Value) : IOpenEnum<ImageModeration>
    {
        /// <summary><c>low</c>.</summary>
        public static ImageModeration Low => new("low");

        /// <summary><c>auto</c>.</summary>
        public static ImageModeration Auto => new("auto");

        /// <inheritdoc/>
        public static ImageModeration FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>OpenAI-compatible <c>quality</c> of <c>POST /images/generations</c>; accepted and not used by Venice.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<SimpleImageQuality>))]
    public readonly record struct SimpleImageQuality(string Value) : IOpenEnum<SimpleImageQuality>
    {
        /// <summary><c>auto</c>.</summary>
        public static SimpleImageQuality Auto => new("auto");

        /// <summary><c>high</c>.</summary>
        public static SimpleImageQuality High => new("high");

        /// <summary><c>medium</c>.</summary>
        public static SimpleImageQuality Medium => new("medium");

        /// <summary><c>low</c>.</summary>
        public static SimpleImageQuality Low => new("low");

        /// <summary><c>hd</c>.</summary>
        public static SimpleImageQuality Hd => new("hd");

        /// <summary><c>standard</c>.</summary>
        public static SimpleImageQuality Standard => new("standard");

        /// <inheritdoc/>
        public static SimpleImageQuality FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>How <c>POST /images/generations</c> returns images: <c>b64_json</c> (base64) or <c>url</c> (a data URL).</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ImageResponseFormat>))]
    public readonly record struct ImageResponseFormat(string Value) : IOpenEnum<ImageResponseFormat>
    {
        /// <summary><c>b64_json</c>.</summary>
        public static ImageResponseFormat Base64Json => new("b64_json");

        /// <summary><c>url</c>.</summary>
        public static ImageResponseFormat Url => new("url");

        /// <inheritdoc/>
        public static ImageResponseFormat FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The size of an image from <c>POST /images/generations</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ImageSize>))]
    public readonly record struct ImageSize(string Value) : IOpenEnum<ImageSize>
    {
        /// <summary><c>auto</c>.</summary>
        public static ImageSize Auto => new("auto");

        /// <summary><c>256x256</c>.</summary>
        public static ImageSize Size256 => new("256x256");

        /// <summary><c>512x512</c>.</summary>
        public static ImageSize Size512 => new("512x512");

        /// <summary><c>1024x1024</c>.</summary>
        public static ImageSize Size1024 => new("1024x1024");

        /// <summary><c>1536x1024</c>.</summary>
        public static ImageSize Size1536x1024 => new("1536x1024");

        /// <summary><c>1024x1536</c>.</summary>
        public static ImageSize Size1024x1536 => new("1024x1536");

        /// <summary><c>1792x1024</c>.</summary>
        public static ImageSize Size1792x1024 => new("1792x1024");

        /// <summary><c>1024x1792</c>.</summary>
        public static ImageSize Size1024x1792 => new("1024x1792");

        /// <inheritdoc/>
        public static ImageSize FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>OpenAI-compatible <c>style</c> of <c>POST /images/generations</c>; accepted and not used by Venice.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<SimpleImageStyle>))]
    public readonly record struct SimpleImageStyle(string Value) : IOpenEnum<SimpleImageStyle>
    {
        /// <summary><c>vivid</c>.</summary>
        public static SimpleImageStyle Vivid => new("vivid");

        /// <summary><c>natural</c>.</summary>
        public static SimpleImageStyle Natural => new("natural");

        /// <inheritdoc/>
        public static SimpleImageStyle FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }
}
