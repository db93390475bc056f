import type { ProblemReason } from "../media-refusal-text";

/** What the media library's upload route answered: its status (0 when it was never reached) and its problem document. */
export interface UploadAnswer {
  status: number;
  problem: ProblemReason & { detail?: string; errors?: { path: string; message: string }[] };
}

/**
 * Sends one image to the media library's upload route (the only upload path), reporting how much of
 * it has left the browser: fetch() cannot report upload progress, XMLHttpRequest can.
 */
export function uploadImage(form: FormData, onProgress: (fraction: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/v1/admin/media");
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () => {
      let problem: UploadAnswer["problem"] = {};
      try {
        problem = request.status === 201 ? {} : (JSON.parse(request.responseText) as UploadAnswer["problem"]);
      } catch {
        // Not a problem document (a proxy's page): the status says enough.
      }
      resolve({ status: request.status, problem });
    });
    request.addEventListener("error", () => resolve({ status: 0, problem: {} }));
    request.addEventListener("abort", () => resolve({ status: 0, problem: {} }));
    request.send(form);
  });
}
