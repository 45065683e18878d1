using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using VeniceAot.Http;
using VeniceAot.Images;
using VeniceAot.Testing;
using static VeniceAot.Tests.Images.ImageTestSupport;

namespace VeniceAot.Tests.Images
{
    /// <summary><c>/image/generate</c>, <c>/images/generations</c> and <c>/image/styles</c>: exact requests, both answer shapes, headers.</summary>
    public sealed class ImageGenerateTests
    {
        private static readonly Dictionary<string, string> ImageHeaders = new()
        {
            ["x-venice-is-blurred"] = "true",
            ["x-venice-is-content-violation"] = "true",
            ["x-venice-model-deprecation-warning"] = "This model is deprecated and will be removed",
            ["x-venice-model-deprecation-date"] = "2026-12-31T00:00:00.000Z",
            ["x-venice-deprecated"] = "true",
            ["x-venice-deprecated-replacement"] = "grok-imagine-image-2-0",
        };

        private static string GenerateJson(string base64) =>
            $$"""
            {"id":"generate-image-1234567890","images":["{{base64}}","AQID"],"request":{"model":"venice-sd35","prompt":"p"},
             "timing":{"inferenceDuration":1234.5,"inferencePreprocessingTime":12,"inferenceQueueTime":3,"total":1250.5},"extra":7}
            """;

        /// <summary>A fake Venice that decides the answer shape by its own rule (the prompt), not by return_binary.</summary>
        private static Task AnswerGenerate(RecordedRequest request, HttpContext context)
        {
            using JsonDocument body = request.BodyJson();
            string prompt = body.RootElement.GetProperty("prompt").GetString()!;
            return prompt.Contains("binary", StringComparison.Ordinal)
                ? Respond.Bytes(context, 200, "image/webp", ResultPng, ImageHeaders)
                : Respond.Json(context, 200, GenerateJson(Convert.ToBase64String(ResultPng)), new Dictionary<string, string> { ["x-venice-is-blurred"] = "false" });
        }

        [Fact]
        public async Task Generate_sends_exact_json_and_parses_the_json_answer()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerGenerate);
            using VeniceClient client = ClientFor(server);

            await using MediaResponse<GenerateImageResponse> result = await client.Images.GenerateAsync(new GenerateImageRequest
            {
                Model = ImageModel.VeniceSd35,
                Prompt = "A lighthouse at dawn",
                NegativePrompt = "Clouds",
                CfgScale = 7.5,
                Format = ImageFormat.Png,
                Height = 768,
                Width = 1024,
                ReturnBinary = false,
                Variants = 2,
                SafeMode = false,
                Seed = -123456789,
                StylePreset = "3D Model",
                AspectRatio = "16:9",
                Quality = ImageQuality.High,
                StyleReferences = [new ImageStyleReference { Image = "https://example.com/s.png", Strength = 0.5 }],
            });

            RecordedRequest request = server.LastRequest;
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/image/generate", request.RawPath);
            Assert.StartsWith("application/json", request.ContentType);
            Assert.Equal(
                """{"model":"venice-sd35","prompt":"A lighthouse at dawn","negative_prompt":"Clouds","cfg_scale":7.5,"format":"png","height":768,"width":1024,"return_binary":false,"variants":2,"safe_mode":false,"seed":-123456789,"style_preset":"3D Model","aspect_ratio":"16:9","quality":"high","style_references":[{"image":"https://example.com/s.png","strength":0.5}]}""",
                request.BodyText);

            Assert.True(result.IsJson);
            Assert.Null(result.Media);
            GenerateImageResponse value = result.Value!;
            Assert.Equal("generate-image-1234567890", value.Id);
            Assert.Equal(2, value.Images.Count);
            Assert.Equal(ResultPng, value.GetImageBytes());
            Assert.Equal([1, 2, 3], value.GetImageBytes(1));
            Assert.Equal("venice-sd35", value.Request!.Value.GetProperty("model").GetString());
            Assert.Equal(1234.5, value.Timing!.InferenceDuration);
            Assert.Equal(12, value.Timing.InferencePreprocessingTime);
            Assert.Equal(3, value.Timing.InferenceQueueTime);
            Assert.Equal(1250.5, value.Timing.Total);
            Assert.Equal(7, value.AdditionalProperties!["extra"].GetInt32());
            Assert.Equal("application/json", result.Metadata.ContentType);
            Assert.False(result.Metadata.IsBlurred);
            Assert.False(result.Metadata.IsContentViolation);
            Assert.Throws<ArgumentOutOfRangeException>(() => value.GetImageBytes(2));
        }

        [Fact]
        public async Task Generate_binary_answer_is_a_stream_saved_byte_for_byte_with_its_headers()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerGenerate);
            using VeniceClient client = ClientFor(server);
            string directory = TempDirectory();
            try
            {
                await using MediaResponse<GenerateImageResponse> result = await client.Images.GenerateAsync(new GenerateImageRequest
                {
                    Model = ImageModel.GrokImagineImage,
                    Prompt = "binary lighthouse",
                    ReturnBinary = true,
                    Format = ImageFormat.Webp,
                });

                Assert.Equal("""{"model":"grok-imagine-image","prompt":"binary lighthouse","format":"webp","return_binary":true}""", server.LastRequest.BodyText);
                Assert.False(result.IsJson);
                Assert.Null(result.Value);
                BinaryResponse media = result.Media!;
                Assert.Equal("image/webp", media.ContentType);
                Assert.Equal(ResultPng.Length, media.ContentLength);

                string target = Path.Combine(directory, "out.webp");
                Assert.Equal(ResultPng.Length, await media.SaveToFileAsync(target));
                Assert.Equal(ResultPng, await File.ReadAllBytesAsync(target));

                ResponseMetadata metadata = result.Metadata;
                Assert.Same(media.Metadata, metadata);
                Assert.True(metadata.IsBlurred);
                Assert.True(metadata.IsContentViolation);
                Assert.True(metadata.IsDeprecated);
                Assert.Equal("grok-imagine-image-2-0", metadata.DeprecatedReplacement);
                Assert.Equal("This model is deprecated and will be removed", metadata.ModelDeprecationWarning);
                Assert.Equal("2026-12-31T00:00:00.000Z", metadata.ModelDeprecationDate);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task Generate_dispatches_on_the_content_type_not_on_return_binary()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerGenerate);
            using VeniceClient client = ClientFor(server);

            // return_binary not set, yet the server sends bytes: still a media answer.
            await using (MediaResponse<GenerateImageResponse> bytes = await client.Images.GenerateAsync(
                new GenerateImageRequest { Model = ImageModel.QwenImage, Prompt = "binary anyway" }))
            {
                Assert.False(bytes.IsJson);
                using var copy = new MemoryStream();
                await bytes.Media!.Content.CopyToAsync(copy);
                Assert.Equal(ResultPng, copy.ToArray());
            }

            // return_binary set, yet the server sends JSON: still parsed.
            await using MediaResponse<GenerateImageResponse> json = await client.Images.GenerateAsync(
                new GenerateImageRequest { Model = ImageModel.QwenImage, Prompt = "json please", ReturnBinary = true });
            Assert.True(json.IsJson);
            Assert.Equal(ResultPng, json.Value!.GetImageBytes());
            Assert.Equal(2, server.Requests.Count);
        }

        [Fact]
        public async Task Generate_error_is_a_typed_exception()
        {
            const string body = """{"error":"Invalid request parameters","details":{"_errors":[],"prompt":{"_errors":["Required"]}}}""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, body);
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() =>
                client.Images.GenerateAsync(new GenerateImageRequest { Model = new ImageModel("nope"), Prompt = "x" }));

            Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal("Invalid request parameters", error.Error);
            Assert.Equal(body, error.RawBody);
        }

        [Fact]
        public async Task Simple_generation_sends_exact_json_and_reads_base64_data()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(
                200,
                $$"""{"created":1713833628,"data":[{"b64_json":"{{Convert.ToBase64String(ResultPng)}}"}]}""",
                new Dictionary<string, string> { ["x-venice-is-blurred"] = "true", ["x-venice-is-content-violation"] = "false" });
            using VeniceClient client = ClientFor(server);

            ApiResponse<SimpleGenerateImageResponse> response = await client.Images.GenerateSimpleWithMetadataAsync(new SimpleGenerateImageRequest
            {
                Prompt = "A beautiful sunset over mountain ranges",
                Model = new ImageModel("dall-e-3"),
                Background = ImageBackground.Auto,
                Moderation = ImageModeration.Low,
                N = 1,
                OutputCompression = 100,
                OutputFormat = ImageFormat.Jpeg,
                Quality = SimpleImageQuality.Hd,
                ResponseFormat = ImageResponseFormat.Base64Json,
                Size = ImageSize.Size1024x1792,
                Style = SimpleImageStyle.Vivid,
                User = "user123",
            });

            RecordedRequest request = server.LastRequest;
            Assert.Equal("/api/v1/images/generations", request.RawPath);
            Assert.Equal(
                """{"prompt":"A beautiful sunset over mountain ranges","model":"dall-e-3","background":"auto","moderation":"low","n":1,"output_compression":100,"output_format":"jpeg","quality":"hd","response_format":"b64_json","size":"1024x1792","style":"vivid","user":"user123"}""",
                request.BodyText);
            Assert.Equal(1713833628, response.Value.Created);
            GeneratedImageData image = Assert.Single(response.Value.Data);
            Assert.Null(image.Url);
            Assert.Equal(ResultPng, image.GetBytes());
            Assert.True(response.Metadata.IsBlurred);
            Assert.False(response.Metadata.IsContentViolation);
        }

        private static string Answer(string dataUrl) =>
            """{"created":1,"data":[{"url":""" + JsonSerializer.Serialize(dataUrl) + ""","revised_prompt":"r"}],"usage":{"n":1}}""";

        [Fact]
        public async Task Simple_generation_reads_data_urls_and_keeps_unknown_fields()
        {
            string dataUrl = "data:image/png;base64," + Convert.ToBase64String(ResultPng);
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(
                200,
                Answer(dataUrl));
            using VeniceClient client = ClientFor(server);

            SimpleGenerateImageResponse response = await client.Images.GenerateSimpleAsync(new SimpleGenerateImageRequest
            {
                Prompt = "p",
                ResponseFormat = ImageResponseFormat.Url,
            });

            Assert.Equal("""{"prompt":"p","response_format":"url"}""", server.LastRequest.BodyText);
            GeneratedImageData image = Assert.Single(response.Data);
            Assert.Null(image.B64Json);
            Assert.Equal(dataUrl, image.Url);
            Assert.Equal(ResultPng, image.GetBytes());
            Assert.Equal("r", image.AdditionalProperties!["revised_prompt"].GetString());
            Assert.True(response.AdditionalProperties!.ContainsKey("usage"));

            // Both branches round-trip exactly as received.
            string written = JsonSerializer.Serialize(response, VeniceAot.Images.ImagesJsonContext.Default.SimpleGenerateImageResponse);
            Models.SharedVeniceFiles.AssertJsonEqual(Answer(dataUrl), written);
            Assert.Null(new GeneratedImageData().GetBytes());
            Assert.Throws<FormatException>(() => new GeneratedImageData { Url = "https://example.com/a.png" }.GetBytes());
        }

        [Fact]
        public async Task Styles_are_listed_with_a_get_and_no_body()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"data":["3D Model","Analog Film","Anime"],"object":"list"}""");
            using VeniceClient client = ClientFor(server);

            ImageStylesResponse styles = await client.Images.GetStylesAsync();

            RecordedRequest request = server.LastRequest;
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v1/image/styles", request.RawPath);
            Assert.Empty(request.Body);
            Assert.Equal(["3D Model", "Analog Film", "Anime"], styles.Data);
            Assert.Equal("list", styles.Object);
        }

        [Fact]
        public void Open_enums_keep_unknown_values_and_aspect_ratios_stay_strings()
        {
            var request = new EditImageRequest
            {
                Prompt = "p",
                Image = "aGk=",
                Model = new ImageEditModel("brand-new-edit"),
                AspectRatio = ImageAspectRatio.Landscape16x9,
            };
            string json = JsonSerializer.Serialize(request, VeniceAot.Images.ImagesJsonContext.Default.EditImageRequest);
            Assert.Equal("""{"prompt":"p","image":"aGk=","model":"brand-new-edit","aspect_ratio":"16:9"}""", json);

            EditImageRequest back = JsonSerializer.Deserialize("""{"prompt":"p","image":"x","aspect_ratio":"7:5","modelId":"qwen-edit-uncensored"}""", VeniceAot.Images.ImagesJsonContext.Default.EditImageRequest)!;
            Assert.Equal("7:5", back.AspectRatio!.Value.Value);
            Assert.Equal(ImageEditModel.QwenEditUncensored, back.ModelId);
            Assert.Equal("1:1", ImageAspectRatio.Square.ToString());
        }
    }
}
