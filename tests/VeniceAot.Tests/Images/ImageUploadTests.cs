using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using VeniceAot.Http;
using VeniceAot.Images;
using VeniceAot.Testing;
using static VeniceAot.Tests.Images.ImageTestSupport;

namespace VeniceAot.Tests.Images
{
    /// <summary>
    /// Upscale, edit, multi-edit and background removal: the multipart parts the server parsed (names, file names,
    /// content types, bytes), the exact JSON variants, and the binary answers with their headers.
    /// </summary>
    public sealed class ImageUploadTests
    {
        private static Task AnswerPng(RecordedRequest request, HttpContext context) =>
            Respond.Bytes(context, 200, "image/png", ResultPng, new Dictionary<string, string>
            {
                ["x-venice-is-content-violation"] = "true",
                ["x-venice-model-deprecation-warning"] = "going away",
                ["X-Balance-Remaining"] = "4.230000",
            });

        private static async Task AssertPngAnswer(BinaryResponse response)
        {
            Assert.Equal("image/png", response.ContentType);
            using var copy = new MemoryStream();
            await response.Content.CopyToAsync(copy);
            Assert.Equal(ResultPng, copy.ToArray());
            Assert.True(response.Metadata.IsContentViolation);
            Assert.False(response.Metadata.IsBlurred);
            Assert.Equal("going away", response.Metadata.ModelDeprecationWarning);
            Assert.Equal(4.23m, response.Metadata.BalanceRemaining);
        }

        [Fact]
        public async Task Upscale_upload_from_a_file_path_streams_the_file_and_sends_the_options()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerPng);
            using VeniceClient client = ClientFor(server);
            string directory = TempDirectory();
            try
            {
                // The extension says .bin; the first bytes say PNG, and they win.
                string path = Path.Combine(directory, "photo.bin");
                await File.WriteAllBytesAsync(path, Png);

                await using (BinaryResponse response = await client.Images.UpscaleAsync(new UpscaleImageUpload
                {
                    Image = MediaUpload.FromFile(path),
                    Scale = 4,
                    Creativity = 0.015,
                }))
                {
                    await AssertPngAnswer(response);
                    string saved = Path.Combine(directory, "big.png");
                    await response.SaveToFileAsync(saved);
                }

                RecordedRequest request = server.LastRequest;
                Assert.Equal("POST", request.Method);
                Assert.Equal("/api/v1/image/upscale", request.RawPath);
                Assert.Equal("Bearer " + ApiKeysTests.Key, request.Header("Authorization"));
                Assert.Equal(request.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Header("Content-Length"));
                List<FormPart> parts = await ParseMultipartAsync(request);
                Assert.Equal(["scale", "creativity", "image"], parts.Select(p => p.Name));
                Assert.Equal(new Dictionary<string, string> { ["scale"] = "4", ["creativity"] = "0.015" }, Fields(parts));
                Assert.All(parts.Where(p => p.FileName is null), p => Assert.Null(p.ContentType));
                AssertFilePart(parts[2], "image", "photo.bin", "image/png", Png);

                // The file was closed with the request: it can now be opened exclusively and deleted.
                using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                }

                File.Delete(path);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task Upscale_json_sends_exact_json()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerPng);
            using VeniceClient client = ClientFor(server);

            await using BinaryResponse response = await client.Images.UpscaleAsync(new UpscaleImageRequest { Image = "iVBORw0KGgo=", Scale = 2, Creativity = 0.01 });

            await AssertPngAnswer(response);
            RecordedRequest request = server.LastRequest;
            Assert.Equal("/api/v1/image/upscale", request.RawPath);
            Assert.StartsWith("application/json", request.ContentType);
            Assert.Equal("""{"image":"iVBORw0KGgo=","scale":2,"creativity":0.01}""", request.BodyText);
        }

        [Fact]
        public async Task Edit_upload_from_a_stream_sends_every_field_and_leaves_the_stream_open()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerPng);
            using VeniceClient client = ClientFor(server);
            using var source = new MemoryStream(Jpeg);

            await using (BinaryResponse response = await client.Images.EditAsync(new EditImageUpload
            {
                Prompt = "Change the sky to a sunrise — ünïcode",
                Image = MediaUpload.FromStream(source),
                Model = ImageEditModel.QwenImage2Edit,
                ModelId = ImageEditModel.FireredImageEdit,
                AspectRatio = ImageAspectRatio.Portrait9x16,
                Resolution = "2K",
                OutputFormat = ImageFormat.Webp,
                SafeMode = false,
                DisablePromptOptimizationThinking = true,
                EnhancePrompt = false,
            }))
            {
                await AssertPngAnswer(response);
            }

            RecordedRequest request = server.LastRequest;
            Assert.Equal("/api/v1/image/edit", request.RawPath);
            List<FormPart> parts = await ParseMultipartAsync(request);
            Assert.Equal(
                new Dictionary<string, string>
                {
                    ["prompt"] = "Change the sky to a sunrise — ünïcode",
                    ["model"] = "qwen-image-2-edit",
                    ["modelId"] = "firered-image-edit",
                    ["aspect_ratio"] = "9:16",
                    ["resolution"] = "2K",
                    ["output_format"] = "webp",
                    ["safe_mode"] = "false",
                    ["disable_prompt_optimization_thinking"] = "true",
                    ["enhance_prompt"] = "false",
                },
                Fields(parts));
            AssertFilePart(Assert.Single(parts, p => p.FileName is not null), "image", "image.jpg", "image/jpeg", Jpeg);
            Assert.True(source.CanRead, "the caller's stream stays open");
        }

        [Fact]
        public async Task Edit_json_sends_exact_json_with_model_and_deprecated_model_id()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerPng);
            using VeniceClient client = ClientFor(server);

            await using BinaryResponse response = await client.Images.EditAsync(new EditImageRequest
            {
                Prompt = "Colorize",
                Image = "https://example.com/in.png",
                Model = ImageEditModel.NanoBananaProEdit,
                ModelId = ImageEditModel.NanoBananaProEdit,
                AspectRatio = ImageAspectRatio.Auto,
                Resolution = "1K",
                OutputFormat = ImageFormat.Png,
                SafeMode = true,
                EnhancePrompt = true,
            });

            await AssertPngAnswer(response);
            Assert.Equal("/api/v1/image/edit", server.LastRequest.RawPath);
            Assert.Equal(
                """{"prompt":"Colorize","image":"https://example.com/in.png","model":"nano-banana-pro-edit","modelId":"nano-banana-pro-edit","aspect_ratio":"auto","resolution":"1K","output_format":"png","safe_mode":true,"enhance_prompt":true}""",
                server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Multi_edit_upload_sends_every_image_as_an_images_part_in_order()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerPng);
            using VeniceClient client = ClientFor(server);
            string directory = TempDirectory();
            try
            {
                string basePath = Path.Combine(directory, "base.webp");
                await File.WriteAllBytesAsync(basePath, Webp);
                var forwardOnly = new ForwardOnlyStream(Gif);
                using var explicitType = new MemoryStream([1, 2, 3, 4]);

                await using (BinaryResponse response = await client.Images.MultiEditAsync(new MultiEditImageUpload
                {
                    Prompt = "Put the hat on the cat",
                    Images =
                    [
                        MediaUpload.FromFile(basePath),
                        MediaUpload.FromStream(forwardOnly, "mask.gif", leaveOpen: false),
                        MediaUpload.FromStream(explicitType, "layer.raw", "image/png"),
                    ],
                    ModelId = ImageEditModel.GptImage2Edit,
                    Quality = ImageQuality.Medium,
                    AspectRatio = ImageAspectRatio.Square,
                    OutputFormat = ImageFormat.Jpeg,
                }))
                {
                    await AssertPngAnswer(response);
                }

                RecordedRequest request = server.LastRequest;
                Assert.Equal("/api/v1/image/multi-edit", request.RawPath);
                Assert.Equal("chunked", request.Header("Transfer-Encoding"));
                List<FormPart> parts = await ParseMultipartAsync(request);
                Assert.Equal(
                    new Dictionary<string, string>
                    {
                        ["prompt"] = "Put the hat on the cat",
                        ["modelId"] = "gpt-image-2-edit",
                        ["aspect_ratio"] = "1:1",
                        ["quality"] = "medium",
                        ["output_format"] = "jpeg",
                    },
                    Fields(parts));
                FormPart[] files = parts.Where(p => p.FileName is not null).ToArray();
                Assert.Equal(3, files.Length);
                AssertFilePart(files[0], "images", "base.webp", "image/webp", Webp);
                AssertFilePart(files[1], "images", "mask.gif", "image/gif", Gif);
                AssertFilePart(files[2], "images", "layer.raw", "image/png", [1, 2, 3, 4]);
                Assert.True(forwardOnly.Disposed, "leaveOpen: false hands the stream to the request");
                Assert.True(explicitType.CanRead);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task Multi_edit_json_sends_exact_json()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerPng);
            using VeniceClient client = ClientFor(server);

            await using BinaryResponse response = await client.Images.MultiEditAsync(new MultiEditImageRequest
            {
                Prompt = "Merge",
                Images = ["iVBORw0KGgo=", "data:image/png;base64,iVBORw0KGgo=", "https://example.com/mask.png"],
                ModelId = ImageEditModel.FireredImageEdit,
                Resolution = "4K",
                Quality = ImageQuality.Low,
                SafeMode = false,
                DisablePromptOptimizationThinking = false,
            });

            await AssertPngAnswer(response);
            Assert.Equal("/api/v1/image/multi-edit", server.LastRequest.RawPath);
            Assert.Equal(
                """{"prompt":"Merge","images":["iVBORw0KGgo=","data:image/png;base64,iVBORw0KGgo=","https://example.com/mask.png"],"modelId":"firered-image-edit","resolution":"4K","quality":"low","safe_mode":false,"disable_prompt_optimization_thinking":false}""",
                server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Background_remove_upload_sends_the_image_or_the_url()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerPng);
            using VeniceClient client = ClientFor(server);
            using var source = new MemoryStream(Png);

            await using (BinaryResponse response = await client.Images.RemoveBackgroundAsync(new BackgroundRemoveImageUpload
            {
                Image = MediaUpload.FromStream(source, "cut me.png"),
            }))
            {
                await AssertPngAnswer(response);
            }

            List<FormPart> parts = await ParseMultipartAsync(server.LastRequest);
            Assert.Equal("/api/v1/image/background-remove", server.LastRequest.RawPath);
            AssertFilePart(Assert.Single(parts), "image", "cut me.png", "image/png", Png);

            await using (BinaryResponse response = await client.Images.RemoveBackgroundAsync(new BackgroundRemoveImageUpload { ImageUrl = "https://example.com/image.jpg" }))
            {
                await AssertPngAnswer(response);
            }

            FormPart url = Assert.Single(await ParseMultipartAsync(server.LastRequest));
            Assert.Equal(("image_url", null, "https://example.com/image.jpg"), (url.Name, url.FileName, url.Text));
            Assert.Throws<InvalidOperationException>(() => { _ = client.Images.RemoveBackgroundAsync(new BackgroundRemoveImageUpload()); });
        }

        [Fact]
        public async Task Background_remove_json_sends_exact_json()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerPng);
            using VeniceClient client = ClientFor(server);

            await using (BinaryResponse response = await client.Images.RemoveBackgroundAsync(new BackgroundRemoveImageRequest { ImageUrl = "https://example.com/image.jpg" }))
            {
                await AssertPngAnswer(response);
            }

            Assert.Equal("/api/v1/image/background-remove", server.LastRequest.RawPath);
            Assert.Equal("""{"image_url":"https://example.com/image.jpg"}""", server.LastRequest.BodyText);

            await using (BinaryResponse response = await client.Images.RemoveBackgroundAsync(new BackgroundRemoveImageRequest { Image = "iVBORw0KGgo=" }))
            {
                await AssertPngAnswer(response);
            }

            Assert.Equal("""{"image":"iVBORw0KGgo="}""", server.LastRequest.BodyText);
        }

        [Fact]
        public async Task A_refused_upload_is_not_replayed_and_throws_the_api_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(503, """{"error":"The model is at capacity. Please try again later."}""");
            using VeniceClient client = ClientFor(server);
            using var source = new MemoryStream(Png);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() =>
                client.Images.UpscaleAsync(new UpscaleImageUpload { Image = MediaUpload.FromStream(source) }));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
            Assert.Equal("The model is at capacity. Please try again later.", error.Error);
            RecordedRequest only = Assert.Single(server.Requests);
            AssertFilePart(Assert.Single(await ParseMultipartAsync(only)), "image", "image.png", "image/png", Png);
        }

        [Fact]
        public async Task A_missing_file_fails_before_anything_is_sent()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(AnswerPng);
            using VeniceClient client = ClientFor(server);

            await Assert.ThrowsAsync<FileNotFoundException>(() =>
                client.Images.EditAsync(new EditImageUpload { Prompt = "p", Image = MediaUpload.FromFile(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".png")) }));
            Assert.Empty(server.Requests);
        }

        [Theory]
        [InlineData("png", MediaContentType.Png)]
        [InlineData("jpeg", MediaContentType.Jpeg)]
        [InlineData("webp", MediaContentType.Webp)]
        [InlineData("gif", MediaContentType.Gif)]
        public void Signatures_are_recognised_and_seekable_streams_are_rewound(string kind, string expected)
        {
            byte[] bytes = kind switch { "png" => Png, "jpeg" => Jpeg, "webp" => Webp, _ => Gif };
            Assert.Equal(expected, MediaContentType.FromSignature(bytes));
            using var stream = new MemoryStream([0, 0, .. bytes]) { Position = 2 };
            Assert.Equal(expected, MediaContentType.FromStream(stream));
            Assert.Equal(2, stream.Position);
        }

        [Fact]
        public void Unknown_bytes_fall_back_to_the_extension_and_forward_only_streams_are_not_read()
        {
            Assert.Null(MediaContentType.FromSignature([1, 2, 3]));
            Assert.Null(MediaContentType.FromSignature("RIFF\0\0\0\0WAVE"u8));
            Assert.Equal(MediaContentType.Jpeg, MediaContentType.FromFileName("/tmp/A.JPG"));
            Assert.Equal(MediaContentType.Jpeg, MediaContentType.FromFileName("b.jpeg"));
            Assert.Equal(MediaContentType.Webp, MediaContentType.FromFileName("c.webp"));
            Assert.Null(MediaContentType.FromFileName("d.tiff"));
            Assert.Null(MediaContentType.FromFileName(null));
            var forwardOnly = new ForwardOnlyStream(Png);
            Assert.Null(MediaContentType.FromStream(forwardOnly));
            byte[] first = new byte[8];
            Assert.Equal(8, forwardOnly.Read(first, 0, 8));
            Assert.Equal(Png[..8], first);
        }
    }
}
