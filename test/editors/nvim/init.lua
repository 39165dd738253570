-- Neovim as a second real LSP client for pitchlint (test/editors/neovim.test.ts).
-- Runs headless: attaches the language server to the Markdown buffer, waits for diagnostics, asks for a
-- hover and the code actions of the hedge finding, applies the first replacement fix, and prints one line
--   PITCHLINT_RESULT <json>
-- to stdout, then quits (exit 0; 1 when no diagnostics arrived).
-- Environment: PITCHLINT_SERVER_CMD (JSON array: the server command), PITCHLINT_TIMEOUT (ms).
-- Works on Neovim 0.7 (vim.lsp.start_client + buf_attach_client) and newer (vim.lsp.start).

local cmd = vim.fn.json_decode(os.getenv('PITCHLINT_SERVER_CMD'))
local timeout = tonumber(os.getenv('PITCHLINT_TIMEOUT') or '15000')
local client_id = nil

local function attach(buf)
  local config = {
    name = 'pitchlint',
    cmd = cmd,
    root_dir = vim.fn.getcwd(),
    settings = {pitchlint = {enable = true}},
    -- Neovim's filetype for *.txt is `text`; LSP's language id for plain text is `plaintext`.
    get_language_id = function(_, filetype)
      if filetype == 'text' then return 'plaintext' end
      return filetype
    end,
  }
  if vim.lsp.start then
    client_id = vim.lsp.start(config, {bufnr = buf})
  else
    client_id = client_id or vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, client_id)
  end
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = {'markdown', 'text'},
  callback = function(args) attach(args.buf) end,
})

local function emit(result)
  io.stdout:write('PITCHLINT_RESULT ' .. vim.fn.json_encode(result) .. '\n')
  io.stdout:flush()
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  local result = {nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch)}

  local got = vim.wait(timeout, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  if not got then
    result.error = 'no diagnostics within ' .. timeout .. ' ms'
    emit(result)
    vim.cmd('cquit! 1')
    return
  end

  result.diagnostics = {}
  local hedge = nil
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = d.code,
    })
    if d.code == 'hedge' then hedge = d end
  end

  -- Hover on the hedge ("eigenlijk"): the rule's explanation.
  if hedge then
    local position = {line = hedge.lnum, character = hedge.col}
    local hovers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
      textDocument = {uri = vim.uri_from_bufnr(buf)}, position = position,
    }, timeout)
    for _, answer in pairs(hovers or {}) do
      if answer.result and answer.result.contents then
        local contents = answer.result.contents
        result.hover = type(contents) == 'table' and (contents.value or vim.fn.json_encode(contents)) or tostring(contents)
      end
    end

    -- Code actions for the hedge, then apply the first one that edits the text (a quick fix from `expected`).
    local range = {start = position, ['end'] = {line = hedge.end_lnum, character = hedge.end_col}}
    local lsp_diagnostic = {
      range = range, message = hedge.message, severity = hedge.severity, source = hedge.source, code = hedge.code,
      data = hedge.user_data and hedge.user_data.lsp and hedge.user_data.lsp.data or nil,
    }
    local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
      textDocument = {uri = vim.uri_from_bufnr(buf)}, range = range,
      context = {diagnostics = {lsp_diagnostic}, only = {'quickfix'}},
    }, timeout)
    result.actions = {}
    local applied = false
    for _, answer in pairs(actions or {}) do
      for _, action in ipairs(answer.result or {}) do
        table.insert(result.actions, action.title)
        if not applied and action.edit and action.edit.changes then
          vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
          applied = true
          result.applied = action.title
        end
      end
    end
    result.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  end

  emit(result)
  if client_id then vim.lsp.stop_client(client_id) end
  vim.wait(1000, function() return client_id == nil or vim.lsp.get_client_by_id(client_id) == nil end, 20)
  vim.cmd('qa!')
end

vim.api.nvim_create_autocmd('VimEnter', {callback = function() vim.schedule(run) end})
