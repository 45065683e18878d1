using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Images
{
    /// <summary>
    /// The Images group's JSON requests as the generator implements them. Internal: callers use <see cref="ImagesClient"/>,
    /// which adds the multipart uploads of the same operations.
    /// </summary>
    [VeniceApi(typeof(ImagesJsonContext))]
    internal interface IImagesApi
    {
        /// <summary><c>POST /image/generate</c>: JSON with base64 images, or the image bytes, told apart by Content-Type.</summary>
        /// <param name="request">The request, sent as is.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The JSON answer or the image.</returns>
        [Post("/image/generate")]
        Task<MediaResponse<GenerateImageResponse>> GenerateAsync([Body] GenerateImageRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /images/generations</c> (OpenAI-compatible).</summary>
        /// <param name="request">The request, sent as is.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The images.</returns>
        [Post("/images/generations")]
        Task<SimpleGenerateImageResponse> GenerateSimpleAsync([Body] SimpleGenerateImageRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /images/generations</c> (OpenAI-compatible), with the response headers.</summary>
        /// <param name="request">The request, sent as is.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The images and the response metadata.</returns>
        [Post("/images/generations")]
        Task<ApiResponse<SimpleGenerateImageResponse>> GenerateSimpleWithMetadataAsync([Body] SimpleGenerateImageRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>GET /image/styles</c>.</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The style names.</returns>
        [Get("/image/styles")]
        Task<ImageStylesResponse> GetStylesAsync(CancellationToken cancellationToken = default);

        /// <summary><c>POST /image/upscale</c> with a JSON body.</summary>
        /// <param name="request">The request, sent as is.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The PNG image.</returns>
        [Post("/image/upscale")]
        Task<BinaryResponse> UpscaleAsync([Body] UpscaleImageRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /image/edit</c> with a JSON body.</summary>
        /// <param name="request">The request, sent as is.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The edited image.</returns>
        [Post("/image/edit")]
        Task<BinaryResponse> EditAsync([Body] EditImageRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /image/multi-edit</c> with a JSON body.</summary>
        /// <param name="request">The request, sent as is.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The edited image.</returns>
        [Post("/image/multi-edit")]
        Task<BinaryResponse> MultiEditAsync([Body] MultiEditImageRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /image/background-remove</c> with a JSON body.</summary>
        /// <param name="request">The request, sent as is.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The PNG image with a transparent background.</returns>
        [Post("/image/background-remove")]
        Task<BinaryResponse> RemoveBackgroundAsync([Body] BackgroundRemoveImageRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /image/upscale</c> with a multipart upload.</summary>
        /// <param name="form">The multipart body.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The PNG image.</returns>
        [Post("/image/upscale")]
        Task<BinaryResponse> UpscaleUploadAsync([Body] System.Net.Http.HttpContent form, CancellationToken cancellationToken = default);

        /// <summary><c>POST /image/edit</c> with a multipart upload.</summary>
        /// <param name="form">The multipart body.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The edited image.</returns>
        [Post("/image/edit")]
        Task<BinaryResponse> EditUploadAsync([Body] System.Net.Http.HttpContent form, CancellationToken cancellationToken = default);

        /// <summary><c>POST /image/multi-edit</c> with a multipart upload.</summary>
        /// <param name="form">The multipart body.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The edited image.</returns>
        [Post("/image/multi-edit")]
        Task<BinaryResponse> MultiEditUploadAsync([Body] System.Net.Http.HttpContent form, CancellationToken cancellationToken = default);

        /// <summary><c>POST /image/background-remove</c> with a multipart upload.</summary>
        /// <param name="form">The multipart body.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The PNG image with a transparent background.</returns>
        [Post("/image/background-remove")]
        Task<BinaryResponse> RemoveBackgroundUploadAsync([Body] System.Net.Http.HttpContent form, CancellationToken cancellationToken = default);
    }
}
