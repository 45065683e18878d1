using System.Text.Json;
using System.Text.Json.Nodes;
using VeniceAot.Images;
using VeniceAot.Json;
using VeniceAot.Tests.Models;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Images
{
    /// <summary>The spec's image request examples (read from shared/venice at run time) survive the request models unchanged.</summary>
    public sealed class ImageSpecExampleTests(ITestOutputHelper output)
    {
        [Fact]
        public void Upscale_example_round_trips()
        {
            if (SharedVeniceFiles.TryRead("examples/upscaleImage.request.1.json", output) is not string json)
            {
                return;
            }

            UpscaleImageRequest request = JsonSerializer.Deserialize(json, ImagesJsonContext.Default.UpscaleImageRequest)!;
            Assert.Equal(2, request.Scale);
            Assert.Equal(0.01, request.Creativity);
            Assert.StartsWith("iVBORw0KGgo", request.Image);
            SharedVeniceFiles.AssertJsonEqual(json, JsonSerializer.Serialize(request, ImagesJsonContext.Default.UpscaleImageRequest));
        }

        [Fact]
        public void Edit_example_round_trips()
        {
            if (SharedVeniceFiles.TryRead("examples/editImage.request.1.json", output) is not string json)
            {
                return;
            }

            EditImageRequest request = JsonSerializer.Deserialize(json, ImagesJsonContext.Default.EditImageRequest)!;
            Assert.Equal("Colorize", request.Prompt);
            Assert.Null(request.Model);
            SharedVeniceFiles.AssertJsonEqual(json, JsonSerializer.Serialize(request, ImagesJsonContext.Default.EditImageRequest));
        }

        [Fact]
        public void Background_remove_example_round_trips()
        {
            if (SharedVeniceFiles.TryRead("examples/backgroundRemoveImage.request.1.json", output) is not string json)
            {
                return;
            }

            BackgroundRemoveImageRequest request = JsonSerializer.Deserialize(json, ImagesJsonContext.Default.BackgroundRemoveImageRequest)!;
            Assert.Equal("https://example.com/image.jpg", request.ImageUrl);
            Assert.Null(request.Image);
            SharedVeniceFiles.AssertJsonEqual(json, JsonSerializer.Serialize(request, ImagesJsonContext.Default.BackgroundRemoveImageRequest));
        }

        [Fact]
        public void Style_references_fragment_round_trips_inside_a_generate_request()
        {
            if (SharedVeniceFiles.TryRead("examples/fragments/GenerateImageRequest.style_references.json", output) is not string fragment)
            {
                return;
            }

            var wrapper = new JsonObject
            {
                ["model"] = "grok-imagine-image",
                ["prompt"] = "A beautiful sunset over a mountain range",
                ["style_references"] = JsonNode.Parse(fragment),
            };
            string json = wrapper.ToJsonString();

            GenerateImageRequest request = JsonSerializer.Deserialize(json, ImagesJsonContext.Default.GenerateImageRequest)!;
            ImageStyleReference reference = Assert.Single(request.StyleReferences!);
            Assert.Equal("https://example.com/style-reference.png", reference.Image);
            Assert.Equal(0.5, reference.Strength);
            Assert.Equal(ImageModel.GrokImagineImage, request.Model);

            JsonNode written = JsonNode.Parse(JsonSerializer.Serialize(request, ImagesJsonContext.Default.GenerateImageRequest))!;
            SharedVeniceFiles.AssertJsonEqual(json, written.ToJsonString());
            SharedVeniceFiles.AssertJsonEqual(fragment, written["style_references"]!.ToJsonString());
        }
    }
}
