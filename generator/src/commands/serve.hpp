#pragma once
// `gongkai serve`: preview on localhost, rebuilding when content changes.

#include "pipeline/build.hpp"

namespace gongkai::gen {

// Builds once, then serves options.out_dir on 127.0.0.1:port and rebuilds
// whenever a file under the content or theme folder changes (polled every
// second). A failed rebuild prints its errors and keeps serving the last
// good site. Blocks until the process is interrupted.
int serve(const BuildOptions& options, int port);

}  // namespace gongkai::gen
