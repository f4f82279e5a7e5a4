import type { SeedArticle, SeedBusinessHours, SeedCollection, SeedTicket, SeedTrigger } from './SeedContent';

/**
 * Lets an article body be written indented inside the data below: drops the blank first and last lines and
 * the indentation every line shares, so the result is plain Markdown.
 */
function md(strings: TemplateStringsArray): string {
  const lines = strings
    .join('')
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const indent = Math.min(
    ...lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length),
  );
  return lines.map((line) => (line.trim() === '' ? '' : line.slice(indent))).join('\n');
}

/**
 * The help-centre collections of the demo widget `wk_demo` (Lumen, a fictional note-taking app), in English,
 * Simplified Chinese and Traditional Chinese, ordered by `position`.
 */
export const lumenCollections: readonly SeedCollection[] = [
  {
    id: 'col_getting_started',
    widgetKey: 'wk_demo',
    position: 0,
    translations: {
      en: {
        title: 'Getting started',
        description:
          'Learn the basics: notes, notebooks, tags, search, the web clipper and moving your notes.',
      },
      'zh-Hans': {
        title: '入门指南',
        description: '了解基础用法：笔记、笔记本、标签、搜索、网页剪藏，以及导入导出笔记。',
      },
      'zh-Hant': {
        title: '新手入門',
        description: '了解基本用法：筆記、筆記本、標籤、搜尋、網頁擷取，以及匯入和匯出筆記。',
      },
    },
  },
  {
    id: 'col_account_security',
    widgetKey: 'wk_demo',
    position: 1,
    translations: {
      en: {
        title: 'Account & security',
        description: 'Signing in, passwords, two-factor authentication and keeping your account safe.',
      },
      'zh-Hans': {
        title: '账号与安全',
        description: '登录、密码、双重验证，以及如何保护你的账号安全。',
      },
      'zh-Hant': {
        title: '帳號與安全性',
        description: '登入、密碼、雙重驗證，以及如何確保帳號安全。',
      },
    },
  },
  {
    id: 'col_sync_devices',
    widgetKey: 'wk_demo',
    position: 2,
    translations: {
      en: {
        title: 'Sync & devices',
        description: 'Keep your notes up to date on every computer, phone and tablet, online or offline.',
      },
      'zh-Hans': {
        title: '同步与设备',
        description: '让笔记在每台电脑、手机和平板上保持最新，联网或离线都可以。',
      },
      'zh-Hant': {
        title: '同步與裝置',
        description: '無論是否連上網路，都能讓每部電腦、手機和平板上的筆記保持最新。',
      },
    },
  },
  {
    id: 'col_billing_plans',
    widgetKey: 'wk_demo',
    position: 3,
    translations: {
      en: {
        title: 'Billing & plans',
        description: 'Lumen Free, Plus and Team: prices, payments, invoices, cancellations and refunds.',
      },
      'zh-Hans': {
        title: '账单与套餐',
        description: 'Lumen Free、Plus 和 Team：价格、付款、发票、取消订阅和退款。',
      },
      'zh-Hant': {
        title: '帳單與方案',
        description: 'Lumen Free、Plus 和 Team：價格、付款、收據、取消訂閱和退款。',
      },
    },
  },
  {
    id: 'col_sharing_teams',
    widgetKey: 'wk_demo',
    position: 4,
    translations: {
      en: {
        title: 'Sharing & teams',
        description: 'Share notes, work together in notebooks and run a Lumen Team workspace.',
      },
      'zh-Hans': {
        title: '共享与团队',
        description: '分享笔记、在笔记本中协作，以及管理 Lumen Team 工作区。',
      },
      'zh-Hant': {
        title: '共用與團隊',
        description: '分享筆記、在筆記本中協作，以及管理 Lumen Team 工作區。',
      },
    },
  },
];

/**
 * The help-centre articles of the demo widget `wk_demo`, 6 or 7 per collection, each written in `en`, `zh-Hans`
 * and `zh-Hant`. About a third have `pagePatterns`, so that `GET /v1/kb/suggest` has suggestions for the
 * pricing, billing, security settings, account and download pages.
 */
export const lumenArticles: readonly SeedArticle[] = [
  // Getting started
  {
    id: 'art_create_first_note',
    collectionId: 'col_getting_started',
    updatedAt: '2026-03-02T09:15:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Create your first note',
        body: md`
          Notes are the heart of Lumen. A note can hold text, checklists, images, tables and attachments, and it saves automatically as you type.

          ## Create a note

          1. Open Lumen on the web at [lumen.example/app](https://lumen.example/app), or in the desktop or mobile app.
          2. Click **New note** in the sidebar, or press **Ctrl+N** (**Cmd+N** on Mac).
          3. Type a title on the first line, then press **Enter** to start writing.
          4. Use the formatting bar to add headings, lists, checkboxes and links.

          ## Add images and files

          Drag a file onto the note, or click **Insert** > **Attachment**. Images appear inline; other files show as a card you can open or download. On Lumen Free each attachment can be up to 25 MB, and on Plus and Team up to 200 MB.

          ## Where new notes go

          New notes are saved to your default notebook, **My notes**. To change it, open **Settings** > **Notes** > **Default notebook**. You can move a note at any time with **Move to notebook** in the note's **⋯** menu.

          Next, learn how to [organise notes with notebooks](https://lumen.example/help/notebooks).
        `,
      },
      'zh-Hans': {
        title: '创建你的第一条笔记',
        body: md`
          笔记是 Lumen 的核心。一条笔记可以包含文字、待办清单、图片、表格和附件，并且会在你输入时自动保存。

          ## 新建笔记

          1. 在网页版（[lumen.example/app](https://lumen.example/app)）或桌面端、手机应用中打开 Lumen。
          2. 点击侧边栏中的**新建笔记**，或按 **Ctrl+N**（Mac 上为 **Cmd+N**）。
          3. 在第一行输入标题，然后按 **Enter** 开始写正文。
          4. 用格式工具栏添加标题、列表、复选框和链接。

          ## 添加图片和文件

          把文件拖进笔记，或点击**插入** > **附件**。图片会直接显示在正文中，其他文件则显示为卡片，可以打开或下载。Lumen Free 的单个附件最大 25 MB，Plus 和 Team 最大 200 MB。

          ## 新笔记保存在哪里

          新笔记默认保存在**我的笔记**这个笔记本里。如需更改，请前往**设置** > **笔记** > **默认笔记本**。你也可以随时通过笔记 **⋯** 菜单中的**移动到笔记本**调整它的位置。

          接下来，看看如何[用笔记本整理笔记](https://lumen.example/help/notebooks)。
        `,
      },
      'zh-Hant': {
        title: '建立你的第一則筆記',
        body: md`
          筆記是 Lumen 的核心。一則筆記可以包含文字、待辦清單、圖片、表格和附件，而且會在你輸入時自動儲存。

          ## 建立筆記

          1. 在網頁版（[lumen.example/app](https://lumen.example/app)）或桌面版、行動版 App 中開啟 Lumen。
          2. 按一下側邊欄的**新增筆記**，或按 **Ctrl+N**（Mac 請按 **Cmd+N**）。
          3. 在第一行輸入標題，再按 **Enter** 開始撰寫內文。
          4. 使用格式工具列加入標題、清單、核取方塊和連結。

          ## 加入圖片和檔案

          將檔案拖曳到筆記中，或按一下**插入** > **附件**。圖片會直接顯示在內文裡，其他檔案則以卡片呈現，可以開啟或下載。Lumen Free 的單一附件上限為 25 MB，Plus 和 Team 則為 200 MB。

          ## 新筆記會存在哪裡

          新筆記預設會存到**我的筆記**這個筆記本。若要變更，請前往**設定** > **筆記** > **預設筆記本**。你也可以隨時透過筆記 **⋯** 選單中的**移至筆記本**調整位置。

          接下來，看看如何[用筆記本整理筆記](https://lumen.example/help/notebooks)。
        `,
      },
    },
  },
  {
    id: 'art_organise_notebooks',
    collectionId: 'col_getting_started',
    updatedAt: '2026-03-02T09:40:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Organise notes with notebooks',
        body: md`
          Notebooks group related notes, such as a project, a class or a trip. Every note lives in exactly one notebook.

          ## Create a notebook

          1. In the sidebar, click **+** next to **Notebooks**.
          2. Enter a name and press **Enter**.
          3. Drag notes onto the notebook, or open a note and choose **Move to notebook** from the **⋯** menu.

          ## Group notebooks into stacks

          If you have lots of notebooks, drag one notebook onto another to create a **stack**. Stacks are folders for notebooks: they keep the sidebar tidy but don't change who can see the notes inside.

          ## Rename, pin or delete a notebook

          Right-click a notebook (or long-press it on mobile) to **Rename**, **Pin to top** or **Delete** it. Deleting a notebook moves its notes to the **Trash**, where they stay for 30 days before they are removed for good.

          Notebooks and tags work well together: use notebooks for where a note belongs, and [tags](https://lumen.example/help/tags) for what it is about.
        `,
      },
      'zh-Hans': {
        title: '用笔记本整理笔记',
        body: md`
          笔记本用来归类相关的笔记，比如一个项目、一门课程或一次旅行。每条笔记都只属于一个笔记本。

          ## 新建笔记本

          1. 在侧边栏中，点击**笔记本**旁边的 **+**。
          2. 输入名称，然后按 **Enter**。
          3. 把笔记拖到这个笔记本上，或者打开笔记，在 **⋯** 菜单中选择**移动到笔记本**。

          ## 用笔记本组归类

          笔记本多了以后，可以把一个笔记本拖到另一个上面，生成一个**笔记本组**。笔记本组就像笔记本的文件夹：能让侧边栏更整洁，但不会改变谁能看到里面的笔记。

          ## 重命名、置顶或删除笔记本

          右键点击笔记本（在手机上长按），即可选择**重命名**、**置顶**或**删除**。删除笔记本后，其中的笔记会移到**回收站**，保留 30 天后才会被永久删除。

          笔记本和标签搭配使用效果最好：用笔记本决定笔记放在哪里，用[标签](https://lumen.example/help/tags)标明笔记讲的是什么。
        `,
      },
      'zh-Hant': {
        title: '用筆記本整理筆記',
        body: md`
          筆記本可以把相關的筆記集中在一起，例如一個專案、一門課或一趟旅行。每則筆記都只會屬於一個筆記本。

          ## 建立筆記本

          1. 在側邊欄中，按一下**筆記本**旁的 **+**。
          2. 輸入名稱，然後按 **Enter**。
          3. 將筆記拖曳到該筆記本，或開啟筆記後從 **⋯** 選單選擇**移至筆記本**。

          ## 用堆疊分類筆記本

          筆記本一多，可以把一個筆記本拖曳到另一個上面，建立**筆記本堆疊**。堆疊就像筆記本的資料夾：能讓側邊欄更整齊，但不會影響誰能看到裡面的筆記。

          ## 重新命名、釘選或刪除筆記本

          在筆記本上按右鍵（行動裝置上請長按），即可選擇**重新命名**、**釘選到頂端**或**刪除**。刪除筆記本後，裡面的筆記會移到**垃圾桶**，保留 30 天後才會永久刪除。

          筆記本和標籤搭配使用效果最好：用筆記本決定筆記放在哪裡，再用[標籤](https://lumen.example/help/tags)標示筆記的主題。
        `,
      },
    },
  },
  {
    id: 'art_use_tags',
    collectionId: 'col_getting_started',
    updatedAt: '2026-04-18T14:05:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Use tags to find notes faster',
        body: md`
          Tags are labels you can add to any note. Unlike notebooks, a note can have as many tags as you like, so tags are ideal for themes that cut across projects, such as *urgent*, *recipes* or *meeting*.

          ## Add a tag

          1. Open a note.
          2. Click **Add tag** under the title, or type **#** followed by the tag name anywhere in the note.
          3. Press **Enter**. Lumen suggests existing tags as you type, so you don't end up with both *meeting* and *meetings*.

          ## Browse by tag

          Click **Tags** in the sidebar to see every tag and how many notes use it. Select a tag to filter the note list; hold **Shift** and select a second tag to show only notes that have both.

          ## Tidy up your tags

          In **Tags**, open a tag's **⋯** menu to **Rename**, **Merge** or **Delete** it. Merging combines two tags into one and updates every note that used either. Deleting a tag never deletes notes.

          Tip: tags work in [search](https://lumen.example/help/search) too. Type \`tag:recipes\` to find tagged notes quickly.
        `,
      },
      'zh-Hans': {
        title: '用标签更快找到笔记',
        body: md`
          标签是可以添加到任何笔记上的标记。和笔记本不同，一条笔记可以有任意多个标签，所以标签特别适合标记跨项目的主题，比如“紧急”“菜谱”或“会议”。

          ## 添加标签

          1. 打开一条笔记。
          2. 点击标题下方的**添加标签**，或者在笔记任意位置输入 **#** 加标签名。
          3. 按 **Enter**。输入时 Lumen 会推荐已有的标签，免得同时出现“会议”和“开会”这样意思重复的标签。

          ## 按标签浏览

          点击侧边栏中的**标签**，可以看到所有标签以及各自对应的笔记数量。选择一个标签即可筛选笔记列表；按住 **Shift** 再选第二个标签，就只显示同时带有这两个标签的笔记。

          ## 整理标签

          在**标签**页面中打开某个标签的 **⋯** 菜单，可以**重命名**、**合并**或**删除**它。合并会把两个标签合成一个，并更新所有用到它们的笔记。删除标签不会删除任何笔记。

          小技巧：[搜索](https://lumen.example/help/search)时也能用标签。输入 \`tag:菜谱\` 就能快速找到带这个标签的笔记。
        `,
      },
      'zh-Hant': {
        title: '用標籤更快找到筆記',
        body: md`
          標籤是可以加在任何筆記上的標記。和筆記本不同，一則筆記可以有任意數量的標籤，所以很適合用來標示跨專案的主題，例如「緊急」、「食譜」或「會議」。

          ## 新增標籤

          1. 開啟一則筆記。
          2. 按一下標題下方的**新增標籤**，或在筆記中任何位置輸入 **#** 再加上標籤名稱。
          3. 按 **Enter**。輸入時 Lumen 會建議現有的標籤，避免同時出現「會議」和「開會」這種意思重複的標籤。

          ## 依標籤瀏覽

          按一下側邊欄的**標籤**，就能看到所有標籤和各自的筆記數量。選取一個標籤即可篩選筆記清單；按住 **Shift** 再選取第二個標籤，就只會顯示同時有這兩個標籤的筆記。

          ## 整理標籤

          在**標籤**頁面中開啟標籤的 **⋯** 選單，即可**重新命名**、**合併**或**刪除**標籤。合併會把兩個標籤併成一個，並更新所有使用它們的筆記。刪除標籤絕對不會刪除筆記。

          小提示：[搜尋](https://lumen.example/help/search)時也能使用標籤。輸入 \`tag:食譜\` 就能快速找到加了這個標籤的筆記。
        `,
      },
    },
  },
  {
    id: 'art_search_notes',
    collectionId: 'col_getting_started',
    updatedAt: '2026-05-06T11:30:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Search your notes',
        body: md`
          Lumen searches the titles, text and tags of all your notes. On Lumen Plus and Team, it also finds text inside PDFs and photos of documents.

          ## Run a search

          1. Click the search bar at the top of the sidebar, or press **Ctrl+K** (**Cmd+K** on Mac).
          2. Start typing. Results update as you type, with the best matches first.
          3. Press **Enter** to open the highlighted note, or use the arrow keys to pick another.

          ## Narrow your results

          Add filters to find exactly what you need:

          - \`notebook:Work\` shows notes in the notebook called Work.
          - \`tag:meeting\` shows notes with the *meeting* tag.
          - \`created:2026-05\` shows notes created in May 2026.
          - \`todo:open\` shows notes with unticked checklist items.

          Put a phrase in quotation marks, such as "quarterly plan", to match it exactly.

          ## Save a search

          If you run the same search often, click **Save search** below the search bar. Saved searches appear in the sidebar under **Shortcuts**.

          Text in images and PDFs is indexed a few minutes after upload, so brand-new attachments may not show up straight away. See [search tips](https://lumen.example/help/search-tips) for more filters.
        `,
      },
      'zh-Hans': {
        title: '搜索笔记',
        body: md`
          Lumen 会搜索所有笔记的标题、正文和标签。使用 Lumen Plus 和 Team 时，还能搜到 PDF 和文档照片里的文字。

          ## 开始搜索

          1. 点击侧边栏顶部的搜索栏，或按 **Ctrl+K**（Mac 上为 **Cmd+K**）。
          2. 直接输入关键词。结果会随输入实时更新，最相关的排在最前面。
          3. 按 **Enter** 打开高亮的笔记，或用方向键选择其他结果。

          ## 缩小搜索范围

          加上筛选条件，可以更精准地找到需要的内容：

          - \`notebook:工作\` 只显示“工作”笔记本中的笔记。
          - \`tag:会议\` 只显示带“会议”标签的笔记。
          - \`created:2026-05\` 只显示 2026 年 5 月创建的笔记。
          - \`todo:open\` 只显示还有未勾选待办事项的笔记。

          给词组加上引号，例如 "季度计划"，就能精确匹配整个词组。

          ## 保存搜索

          如果经常进行同一个搜索，可以点击搜索栏下方的**保存搜索**。保存的搜索会出现在侧边栏的**快捷方式**中。

          图片和 PDF 中的文字会在上传几分钟后建立索引，所以刚上传的附件可能暂时搜不到。更多筛选条件请参阅[搜索技巧](https://lumen.example/help/search-tips)。
        `,
      },
      'zh-Hant': {
        title: '搜尋筆記',
        body: md`
          Lumen 會搜尋所有筆記的標題、內文和標籤。使用 Lumen Plus 和 Team 時，還能找到 PDF 和文件照片中的文字。

          ## 開始搜尋

          1. 按一下側邊欄頂端的搜尋列，或按 **Ctrl+K**（Mac 請按 **Cmd+K**）。
          2. 直接輸入關鍵字。結果會隨著輸入即時更新，最相關的會排在最前面。
          3. 按 **Enter** 開啟反白的筆記，或用方向鍵選擇其他結果。

          ## 縮小搜尋範圍

          加上篩選條件，就能更精準地找到需要的內容：

          - \`notebook:工作\` 只顯示「工作」筆記本中的筆記。
          - \`tag:會議\` 只顯示加了「會議」標籤的筆記。
          - \`created:2026-05\` 只顯示 2026 年 5 月建立的筆記。
          - \`todo:open\` 只顯示還有未勾選待辦事項的筆記。

          將片語加上引號，例如 "季度計畫"，就能完全比對整個片語。

          ## 儲存搜尋

          如果常常進行同樣的搜尋，可以按一下搜尋列下方的**儲存搜尋**。儲存的搜尋會顯示在側邊欄的**捷徑**中。

          圖片和 PDF 中的文字會在上傳幾分鐘後建立索引，所以剛上傳的附件可能暫時搜尋不到。更多篩選條件請參閱[搜尋技巧](https://lumen.example/help/search-tips)。
        `,
      },
    },
  },
  {
    id: 'art_web_clipper',
    collectionId: 'col_getting_started',
    updatedAt: '2026-06-11T08:50:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Save web pages with the web clipper',
        body: md`
          The Lumen web clipper saves articles, recipes, receipts and anything else you find online straight into a notebook.

          ## Install the clipper

          1. Go to [lumen.example/clipper](https://lumen.example/clipper).
          2. Choose your browser: Chrome, Edge, Firefox or Safari.
          3. Add the extension, then click the Lumen icon in the toolbar and sign in.

          ## Clip a page

          1. Open the page you want to save and click the Lumen icon.
          2. Pick a format:
             - **Article** keeps the main text and images and leaves out ads.
             - **Full page** keeps the page exactly as it looks.
             - **Bookmark** saves the title, link and a short summary.
             - **Screenshot** captures the visible area or a region you select.
          3. Choose a notebook, add tags if you like, and click **Save clip**.

          The clip syncs to all your devices within a few seconds, and the original link is kept at the top of the note.

          ## On your phone

          On iPhone, iPad and Android, open the browser's **Share** menu and choose **Lumen**. You can share text, photos and PDFs from other apps the same way.
        `,
      },
      'zh-Hans': {
        title: '用网页剪藏保存网页',
        body: md`
          Lumen 网页剪藏可以把你在网上看到的文章、菜谱、购物小票等内容直接保存到笔记本里。

          ## 安装剪藏插件

          1. 打开 [lumen.example/clipper](https://lumen.example/clipper)。
          2. 选择你的浏览器：Chrome、Edge、Firefox 或 Safari。
          3. 添加扩展程序，然后点击工具栏中的 Lumen 图标并登录。

          ## 剪藏网页

          1. 打开想保存的网页，点击 Lumen 图标。
          2. 选择剪藏格式：
             - **文章**：保留正文和图片，去掉广告。
             - **完整网页**：按原样保存整个页面。
             - **书签**：保存标题、链接和简短摘要。
             - **截图**：截取可见区域或你框选的部分。
          3. 选择笔记本，按需添加标签，然后点击**保存剪藏**。

          剪藏内容会在几秒钟内同步到你的所有设备，原网页链接会保留在笔记顶部。

          ## 在手机上剪藏

          在 iPhone、iPad 和 Android 上，打开浏览器的**分享**菜单并选择 **Lumen** 即可。其他应用中的文字、照片和 PDF 也可以用同样的方式保存。
        `,
      },
      'zh-Hant': {
        title: '用網頁擷取工具儲存網頁',
        body: md`
          Lumen 網頁擷取工具可以把你在網路上看到的文章、食譜、收據等內容，直接存進筆記本。

          ## 安裝擷取工具

          1. 前往 [lumen.example/clipper](https://lumen.example/clipper)。
          2. 選擇你的瀏覽器：Chrome、Edge、Firefox 或 Safari。
          3. 加入擴充功能，再按一下工具列上的 Lumen 圖示並登入。

          ## 擷取網頁

          1. 開啟要儲存的網頁，按一下 Lumen 圖示。
          2. 選擇擷取格式：
             - **文章**：保留內文和圖片，並移除廣告。
             - **完整網頁**：依原樣儲存整個頁面。
             - **書籤**：儲存標題、連結和簡短摘要。
             - **螢幕擷圖**：擷取目前可見的範圍或你選取的區域。
          3. 選擇筆記本，視需要加上標籤，然後按一下**儲存擷取內容**。

          擷取的內容會在幾秒內同步到你所有的裝置，原始網頁連結也會保留在筆記最上方。

          ## 在手機上擷取

          在 iPhone、iPad 和 Android 上，開啟瀏覽器的**分享**選單並選擇 **Lumen** 即可。其他 App 中的文字、相片和 PDF 也能用同樣方式儲存。
        `,
      },
    },
  },
  {
    id: 'art_export_notes',
    collectionId: 'col_getting_started',
    updatedAt: '2026-07-22T15:10:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Export your notes',
        body: md`
          Your notes belong to you. You can export a single note, a notebook or your whole account at any time, on every plan.

          ## Export a note or notebook

          1. In the desktop app or on the web, right-click the note or notebook and choose **Export**.
          2. Pick a format:
             - **Markdown** (.md) for other note-taking apps and text editors.
             - **PDF** for printing and sending to others.
             - **HTML** for viewing in any browser.
             - **Lumen archive** (.lumen) to keep tags, attachments and note history for importing later.
          3. Click **Export** and choose where to save the file.

          ## Export everything

          1. Go to **Settings** > **Account** > **Export data**, or visit [lumen.example/account/export](https://lumen.example/account/export).
          2. Click **Request export**.
          3. We email you a download link when the archive is ready, usually within an hour. The link works for 7 days.

          For your security, you'll be asked to confirm your password before a full export starts. The mobile apps can export single notes as PDF or Markdown only.
        `,
      },
      'zh-Hans': {
        title: '导出笔记',
        body: md`
          你的笔记永远属于你。无论使用哪个套餐，都可以随时导出单条笔记、整个笔记本或账号中的全部内容。

          ## 导出笔记或笔记本

          1. 在桌面端或网页版中，右键点击笔记或笔记本，选择**导出**。
          2. 选择格式：
             - **Markdown**（.md）：适合导入其他笔记应用或文本编辑器。
             - **PDF**：适合打印或发给别人。
             - **HTML**：可以在任何浏览器中查看。
             - **Lumen 归档**（.lumen）：保留标签、附件和笔记历史，方便以后重新导入。
          3. 点击**导出**，选择文件的保存位置。

          ## 导出全部内容

          1. 前往**设置** > **账号** > **导出数据**，或打开 [lumen.example/account/export](https://lumen.example/account/export)。
          2. 点击**申请导出**。
          3. 归档文件准备好后，我们会通过邮件发送下载链接，通常在一小时内完成。链接有效期为 7 天。

          为了保护你的账号安全，开始完整导出前需要再次输入密码。手机应用只能将单条笔记导出为 PDF 或 Markdown。
        `,
      },
      'zh-Hant': {
        title: '匯出筆記',
        body: md`
          你的筆記永遠屬於你。無論使用哪種方案，都能隨時匯出單則筆記、整個筆記本，或帳號中的所有內容。

          ## 匯出筆記或筆記本

          1. 在桌面版或網頁版中，於筆記或筆記本上按右鍵，選擇**匯出**。
          2. 選擇格式：
             - **Markdown**（.md）：適合匯入其他筆記 App 或文字編輯器。
             - **PDF**：適合列印或寄給別人。
             - **HTML**：可以在任何瀏覽器中檢視。
             - **Lumen 封存檔**（.lumen）：保留標籤、附件和筆記版本記錄，方便日後重新匯入。
          3. 按一下**匯出**，並選擇檔案的儲存位置。

          ## 匯出所有內容

          1. 前往**設定** > **帳號** > **匯出資料**，或開啟 [lumen.example/account/export](https://lumen.example/account/export)。
          2. 按一下**申請匯出**。
          3. 封存檔準備好後，我們會以電子郵件寄送下載連結，通常一小時內就會完成。連結的有效期限為 7 天。

          為了保護帳號安全，開始完整匯出前需要再次輸入密碼。行動版 App 只能將單則筆記匯出為 PDF 或 Markdown。
        `,
      },
    },
  },
  {
    id: 'art_import_notes',
    collectionId: 'col_getting_started',
    updatedAt: '2026-07-22T15:45:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Import notes from other apps',
        body: md`
          You can bring notes into Lumen from Evernote, Apple Notes, OneNote, Google Keep, Notion, and plain Markdown or text files.

          ## Import your notes

          1. In the desktop app or on the web, go to **File** > **Import**.
          2. Choose the app you're coming from, then select the exported file or folder:
             - Evernote: an .enex file.
             - Notion or any Markdown app: a .zip of Markdown files.
             - Google Keep: your Google Takeout archive.
             - Apple Notes or OneNote: nothing to export, as Lumen reads them directly (Mac and Windows apps only).
          3. Pick a notebook for the imported notes, or let Lumen create one notebook for each notebook in the original app.
          4. Click **Start import**.

          Large imports carry on in the background while you keep working. When the import finishes, you'll see a summary, including any notes that couldn't be imported.

          ## What comes across

          Titles, text, formatting, checklists, images, attachments and tags are imported, and created and updated dates are kept. Reminders and sharing settings from other apps are not.

          Imported attachments count towards your monthly upload allowance, so check [plans and limits](https://lumen.example/pricing) before a very large import. Our [import guide](https://lumen.example/help/import) has tips for each app.
        `,
      },
      'zh-Hans': {
        title: '从其他应用导入笔记',
        body: md`
          你可以把 Evernote、Apple 备忘录、OneNote、Google Keep、Notion 中的笔记，以及普通的 Markdown 或文本文件导入 Lumen。

          ## 导入笔记

          1. 在桌面端或网页版中，前往**文件** > **导入**。
          2. 选择原来使用的应用，然后选择导出的文件或文件夹：
             - Evernote：.enex 文件。
             - Notion 或其他 Markdown 应用：包含 Markdown 文件的 .zip 压缩包。
             - Google Keep：Google Takeout 导出的归档文件。
             - Apple 备忘录或 OneNote：无需导出，Lumen 会直接读取（仅限 Mac 和 Windows 应用）。
          3. 为导入的笔记选择一个笔记本，或者让 Lumen 按原应用中的笔记本结构自动创建。
          4. 点击**开始导入**。

          大批量导入会在后台进行，你可以继续工作。导入完成后会显示一份摘要，列出未能导入的笔记。

          ## 哪些内容会被导入

          标题、正文、格式、待办清单、图片、附件和标签都会导入，创建和修改时间也会保留。其他应用中的提醒和共享设置不会导入。

          导入的附件会计入每月上传额度，大批量导入前请先查看[套餐与限额](https://lumen.example/pricing)。[导入指南](https://lumen.example/help/import)中有针对各个应用的详细说明。
        `,
      },
      'zh-Hant': {
        title: '從其他 App 匯入筆記',
        body: md`
          你可以把 Evernote、Apple 備忘錄、OneNote、Google Keep、Notion 中的筆記，以及一般的 Markdown 或純文字檔匯入 Lumen。

          ## 匯入筆記

          1. 在桌面版或網頁版中，前往**檔案** > **匯入**。
          2. 選擇你原本使用的 App，再選取匯出的檔案或資料夾：
             - Evernote：.enex 檔案。
             - Notion 或其他 Markdown App：內含 Markdown 檔案的 .zip 壓縮檔。
             - Google Keep：Google 匯出服務（Takeout）產生的封存檔。
             - Apple 備忘錄或 OneNote：不需要匯出，Lumen 會直接讀取（僅限 Mac 和 Windows 版）。
          3. 為匯入的筆記選擇一個筆記本，或讓 Lumen 依照原本 App 的筆記本結構自動建立。
          4. 按一下**開始匯入**。

          大量匯入會在背景進行，你可以繼續工作。匯入完成後會顯示摘要，列出無法匯入的筆記。

          ## 哪些內容會匯入

          標題、內文、格式、待辦清單、圖片、附件和標籤都會匯入，建立和修改日期也會保留。其他 App 中的提醒和共用設定則不會匯入。

          匯入的附件會計入每月上傳額度，大量匯入前請先查看[方案與限制](https://lumen.example/pricing)。[匯入指南](https://lumen.example/help/import)中有各個 App 的詳細說明。
        `,
      },
    },
  },
  // Account & security
  {
    id: 'art_reset_password',
    collectionId: 'col_account_security',
    updatedAt: '2026-09-14T10:20:00.000Z',
    pagePatterns: ['/account/*', '/settings/security*'],
    translations: {
      en: {
        title: 'Reset your password',
        body: md`
          If you've forgotten your password, you can set a new one in a few minutes using the email address on your Lumen account.

          ## Reset your password

          1. Go to the [sign-in page](https://lumen.example/login) and click **Forgot password?**
          2. Enter the email address you use for Lumen and click **Send reset link**.
          3. Open the email from Lumen and click **Reset password**. The link works for 60 minutes and only once.
          4. Enter a new password of at least 10 characters, then click **Save password**.

          If you've turned on two-factor authentication, you'll still need a code from your authenticator app, or a backup code, to sign in.

          ## Didn't get the email?

          - Check your spam or junk folder for a message from Lumen.
          - Make sure you entered the address you signed up with. If you signed up with Google or Apple, your account may not have a Lumen password: use **Continue with Google** or **Continue with Apple** instead.
          - Wait a few minutes, then request a new link. Only the newest link works.

          ## After the reset

          For your safety, resetting your password signs you out on all your other devices. Sign in again on each one with your new password.
        `,
      },
      'zh-Hans': {
        title: '重置密码',
        body: md`
          忘记密码了？只要能收到 Lumen 账号绑定的邮箱里的邮件，几分钟就能设置新密码。

          ## 重置步骤

          1. 打开[登录页面](https://lumen.example/login)，点击**忘记密码？**
          2. 输入你注册 Lumen 时使用的邮箱地址，点击**发送重置链接**。
          3. 打开 Lumen 发来的邮件，点击**重置密码**。链接 60 分钟内有效，且只能使用一次。
          4. 输入至少 10 个字符的新密码，然后点击**保存密码**。

          如果你开启了双重验证，登录时仍需要输入身份验证器应用生成的验证码，或者使用备用码。

          ## 没收到邮件？

          - 检查垃圾邮件文件夹，看看有没有 Lumen 发来的邮件。
          - 确认输入的是注册时使用的邮箱。如果你当初是用 Google 或 Apple 注册的，账号可能没有单独的 Lumen 密码，请改用**通过 Google 继续**或**通过 Apple 继续**登录。
          - 等几分钟后再申请新的链接。只有最新发送的链接有效。

          ## 重置之后

          为了安全起见，重置密码后，你在其他所有设备上的登录都会失效。请在每台设备上用新密码重新登录。
        `,
      },
      'zh-Hant': {
        title: '重設密碼',
        body: md`
          忘記密碼了嗎？只要能收到 Lumen 帳號所用電子郵件信箱的信，幾分鐘內就能設定新密碼。

          ## 重設步驟

          1. 前往[登入頁面](https://lumen.example/login)，按一下**忘記密碼？**
          2. 輸入你在 Lumen 使用的電子郵件地址，再按一下**傳送重設連結**。
          3. 開啟 Lumen 寄來的電子郵件，按一下**重設密碼**。連結在 60 分鐘內有效，而且只能使用一次。
          4. 輸入至少 10 個字元的新密碼，然後按一下**儲存密碼**。

          如果你已開啟雙重驗證，登入時仍需要輸入驗證器 App 產生的驗證碼，或使用備用碼。

          ## 沒收到電子郵件？

          - 檢查垃圾郵件資料夾，看看有沒有 Lumen 寄來的信。
          - 確認輸入的是註冊時使用的電子郵件地址。如果你當初是用 Google 或 Apple 註冊，帳號可能沒有另外設定 Lumen 密碼，請改用**使用 Google 帳號繼續**或**使用 Apple 帳號繼續**登入。
          - 等幾分鐘後再申請新的連結。只有最新寄出的連結才有效。

          ## 重設之後

          為了安全起見，重設密碼後，你在其他所有裝置上都會被登出。請在每部裝置上使用新密碼重新登入。
        `,
      },
    },
  },
  {
    id: 'art_change_password',
    collectionId: 'col_account_security',
    updatedAt: '2026-09-14T10:45:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Change your password',
        body: md`
          We recommend a long, unique password that you don't use for any other service. A password manager makes this easy.

          ## Change your password

          1. Go to **Settings** > **Security**, or open [lumen.example/settings/security](https://lumen.example/settings/security).
          2. Under **Password**, click **Change password**.
          3. Enter your current password, then your new password twice.
          4. Click **Update password**.

          Your new password must be at least 10 characters long. Lumen also checks it against passwords exposed in known data breaches and asks you to choose another if there's a match.

          ## Sign out your other devices

          When you change your password, tick **Sign out of all other devices** so that anyone who knew your old password loses access straight away. Your notes are safe on our servers and download again when you sign back in.

          ## Signed up with Google or Apple?

          If you always use **Continue with Google** or **Continue with Apple**, your account doesn't have a separate Lumen password. You can add one under **Settings** > **Security** > **Set a password** if you'd like to sign in with your email address too.

          Forgotten your current password? [Reset it instead](https://lumen.example/help/reset-password).
        `,
      },
      'zh-Hans': {
        title: '修改密码',
        body: md`
          建议使用一个足够长、且没有在其他服务上用过的密码。用密码管理器来生成和保存会轻松很多。

          ## 修改步骤

          1. 前往**设置** > **安全**，或打开 [lumen.example/settings/security](https://lumen.example/settings/security)。
          2. 在**密码**下方点击**修改密码**。
          3. 先输入当前密码，再输入两次新密码。
          4. 点击**更新密码**。

          新密码至少需要 10 个字符。Lumen 还会将它与已知数据泄露中曝光过的密码进行比对，如有重合，会提示你换一个。

          ## 退出其他设备

          修改密码时，建议勾选**退出所有其他设备**，这样知道旧密码的人会立即失去访问权限。你的笔记安全地保存在我们的服务器上，重新登录后会自动下载。

          ## 用 Google 或 Apple 注册的账号

          如果你一直使用**通过 Google 继续**或**通过 Apple 继续**登录，你的账号没有单独的 Lumen 密码。如果也想用邮箱登录，可以在**设置** > **安全** > **设置密码**中添加一个。

          忘记了当前密码？请[改为重置密码](https://lumen.example/help/reset-password)。
        `,
      },
      'zh-Hant': {
        title: '變更密碼',
        body: md`
          建議使用夠長、而且沒有在其他服務用過的密碼。搭配密碼管理工具來產生和保存，會輕鬆許多。

          ## 變更步驟

          1. 前往**設定** > **安全性**，或開啟 [lumen.example/settings/security](https://lumen.example/settings/security)。
          2. 在**密碼**下方按一下**變更密碼**。
          3. 先輸入目前的密碼，再輸入兩次新密碼。
          4. 按一下**更新密碼**。

          新密碼至少需要 10 個字元。Lumen 也會將它與已知資料外洩事件中曝光的密碼比對，如果相符，會請你改用其他密碼。

          ## 登出其他裝置

          變更密碼時，建議勾選**登出所有其他裝置**，讓知道舊密碼的人立即失去存取權。你的筆記安全地存放在我們的伺服器上，重新登入後就會自動下載。

          ## 使用 Google 或 Apple 註冊的帳號

          如果你一向使用**使用 Google 帳號繼續**或**使用 Apple 帳號繼續**登入，帳號就沒有另外的 Lumen 密碼。若也想用電子郵件地址登入，可以到**設定** > **安全性** > **設定密碼**新增一組密碼。

          忘記目前的密碼了嗎？請改為[重設密碼](https://lumen.example/help/reset-password)。
        `,
      },
    },
  },
  {
    id: 'art_two_factor',
    collectionId: 'col_account_security',
    updatedAt: '2026-08-03T13:00:00.000Z',
    pagePatterns: ['/settings/security*'],
    translations: {
      en: {
        title: 'Turn on two-factor authentication',
        body: md`
          Two-factor authentication (2FA) adds a second step when you sign in: as well as your password, you enter a six-digit code from an app on your phone. Even if someone learns your password, they can't open your notes without that code.

          ## Turn on 2FA

          1. Install an authenticator app such as Google Authenticator, Microsoft Authenticator, 1Password or Authy.
          2. In Lumen, go to **Settings** > **Security** ([lumen.example/settings/security](https://lumen.example/settings/security)).
          3. Under **Two-factor authentication**, click **Turn on** and confirm your password.
          4. Scan the QR code with your authenticator app.
          5. Enter the six-digit code the app shows and click **Verify**.
          6. Download or print your **backup codes** and keep them somewhere safe.

          ## Signing in with 2FA

          Each time you sign in on a new device, Lumen asks for a code after your password. Tick **Trust this device for 30 days** to be asked less often on your own computer.

          ## If codes are rejected

          Codes change every 30 seconds and rely on your phone's clock. If Lumen says a code is invalid, set your phone's date and time to update automatically and try again. Lost your phone? Use one of your [backup codes](https://lumen.example/help/backup-codes).
        `,
      },
      'zh-Hans': {
        title: '开启双重验证',
        body: md`
          双重验证（2FA）会在登录时增加一道步骤：除了密码，还需要输入手机应用生成的 6 位验证码。即使别人知道了你的密码，没有这个验证码也打不开你的笔记。

          ## 开启双重验证

          1. 安装一款身份验证器应用，例如 Google Authenticator、Microsoft Authenticator、1Password 或 Authy。
          2. 在 Lumen 中前往**设置** > **安全**（[lumen.example/settings/security](https://lumen.example/settings/security)）。
          3. 在**双重验证**下方点击**开启**，并输入密码确认。
          4. 用身份验证器应用扫描二维码。
          5. 输入应用中显示的 6 位验证码，点击**验证**。
          6. 下载或打印你的**备用码**，并妥善保管。

          ## 开启后如何登录

          每次在新设备上登录时，Lumen 会在你输入密码后要求填写验证码。在自己的电脑上勾选**30 天内信任此设备**，就不用每次都输入了。

          ## 验证码总是提示无效？

          验证码每 30 秒更换一次，并且依赖手机的时钟。如果 Lumen 提示验证码无效，请把手机的日期和时间设为自动更新，然后再试一次。手机丢了？可以使用[备用码](https://lumen.example/help/backup-codes)登录。
        `,
      },
      'zh-Hant': {
        title: '開啟雙重驗證',
        body: md`
          雙重驗證（2FA）會在登入時多加一道步驟：除了密碼之外，還要輸入手機 App 產生的 6 位數驗證碼。就算有人知道你的密碼，沒有這組驗證碼也無法開啟你的筆記。

          ## 開啟雙重驗證

          1. 安裝驗證器 App，例如 Google Authenticator、Microsoft Authenticator、1Password 或 Authy。
          2. 在 Lumen 中前往**設定** > **安全性**（[lumen.example/settings/security](https://lumen.example/settings/security)）。
          3. 在**雙重驗證**下方按一下**開啟**，並輸入密碼確認。
          4. 用驗證器 App 掃描 QR 圖碼。
          5. 輸入 App 顯示的 6 位數驗證碼，再按一下**驗證**。
          6. 下載或列印你的**備用碼**，並存放在安全的地方。

          ## 開啟後如何登入

          每次在新裝置上登入時，Lumen 都會在你輸入密碼後要求輸入驗證碼。在自己的電腦上勾選**信任這部裝置 30 天**，就不必每次都輸入。

          ## 驗證碼一直顯示無效？

          驗證碼每 30 秒更新一次，而且會依據手機的時鐘產生。如果 Lumen 顯示驗證碼無效，請將手機的日期與時間設為自動設定，然後再試一次。手機遺失了嗎？請使用[備用碼](https://lumen.example/help/backup-codes)登入。
        `,
      },
    },
  },
  {
    id: 'art_backup_codes',
    collectionId: 'col_account_security',
    updatedAt: '2026-08-03T13:30:00.000Z',
    pagePatterns: ['/settings/security*'],
    translations: {
      en: {
        title: 'Sign in with a backup code',
        body: md`
          When you turn on two-factor authentication, Lumen gives you ten backup codes. Each one works once, in place of a code from your authenticator app. They're your way back in if you lose or replace your phone.

          ## Use a backup code

          1. Sign in with your email address and password as usual.
          2. On the code screen, click **Use a backup code instead**.
          3. Enter one of your codes, with or without the dash, and click **Verify**.

          Cross out or delete each code once you've used it.

          ## Get new codes

          1. Go to **Settings** > **Security** at [lumen.example/settings/security](https://lumen.example/settings/security).
          2. Under **Backup codes**, click **Generate new codes** and confirm your password.
          3. Save the new codes in your password manager, or print them.

          Generating new codes cancels all your old ones.

          ## Lost your phone and your codes?

          Contact us from the email address on your account. To protect your notes, we'll ask you to verify your identity, and we only remove 2FA after a 72-hour waiting period during which we email you about the request. We can never tell you your password or read your notes.
        `,
      },
      'zh-Hans': {
        title: '使用备用码登录',
        body: md`
          开启双重验证时，Lumen 会给你 10 个备用码。每个备用码只能使用一次，可以代替身份验证器应用中的验证码。手机丢失或更换时，它们就是你重新登录的凭证。

          ## 使用备用码

          1. 像平常一样输入邮箱和密码登录。
          2. 在输入验证码的页面，点击**改用备用码**。
          3. 输入其中一个备用码（带不带连字符都可以），然后点击**验证**。

          每用掉一个备用码，记得把它划掉或删除。

          ## 获取新的备用码

          1. 前往**设置** > **安全**（[lumen.example/settings/security](https://lumen.example/settings/security)）。
          2. 在**备用码**下方点击**生成新的备用码**，并输入密码确认。
          3. 把新的备用码保存到密码管理器中，或者打印出来。

          生成新的备用码后，所有旧的备用码都会失效。

          ## 手机和备用码都丢了？

          请用账号绑定的邮箱联系我们。为了保护你的笔记，我们会先核实你的身份，并设置 72 小时的等待期，期间会发邮件通知你这项申请，之后才会关闭双重验证。我们永远无法告诉你密码，也无法查看你的笔记。
        `,
      },
      'zh-Hant': {
        title: '使用備用碼登入',
        body: md`
          開啟雙重驗證時，Lumen 會提供 10 組備用碼。每組備用碼只能使用一次，可以取代驗證器 App 產生的驗證碼。當手機遺失或更換時，備用碼就是你重新登入的方法。

          ## 使用備用碼

          1. 像平常一樣輸入電子郵件地址和密碼登入。
          2. 在輸入驗證碼的畫面上，按一下**改用備用碼**。
          3. 輸入其中一組備用碼（有沒有連字號都可以），再按一下**驗證**。

          每用掉一組備用碼，記得把它劃掉或刪除。

          ## 取得新的備用碼

          1. 前往**設定** > **安全性**（[lumen.example/settings/security](https://lumen.example/settings/security)）。
          2. 在**備用碼**下方按一下**產生新的備用碼**，並輸入密碼確認。
          3. 將新的備用碼存到密碼管理工具中，或列印出來。

          產生新的備用碼後，所有舊的備用碼都會失效。

          ## 手機和備用碼都不見了？

          請用帳號的電子郵件地址與我們聯絡。為了保護你的筆記，我們會先確認你的身分，並設定 72 小時的等待期，期間會寄電子郵件通知你這項申請，之後才會關閉雙重驗證。我們絕對無法告訴你密碼，也無法讀取你的筆記。
        `,
      },
    },
  },
  {
    id: 'art_change_email',
    collectionId: 'col_account_security',
    updatedAt: '2026-05-20T09:05:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Change the email address on your account',
        body: md`
          Your email address is how you sign in, and where we send receipts, security alerts and password reset links, so keep it up to date.

          ## Change your email address

          1. Go to **Settings** > **Account**, or visit [lumen.example/account/profile](https://lumen.example/account/profile).
          2. Next to **Email**, click **Change**.
          3. Enter your new address and your current password, then click **Send confirmation**.
          4. Open the message we send to the new address and click **Confirm email**.

          Until you confirm, your old address keeps working. We also send a notice to the old address, so you'll know if someone else tries to change it.

          ## Things to know

          - The new address can't already belong to another Lumen account. If it does, delete that account or change its address first.
          - If you sign in with Google or Apple, your email address is managed by that service. Change it there, or set a Lumen password and switch to signing in with your email.
          - On Lumen Team, only an admin can change the email address of a workspace account.

          Didn't get the confirmation? Check your spam folder, then send it again from the same screen.
        `,
      },
      'zh-Hans': {
        title: '更改账号邮箱',
        body: md`
          邮箱既是你的登录名，也是我们发送收据、安全提醒和密码重置链接的地址，所以请保持它是最新的。

          ## 更改邮箱

          1. 前往**设置** > **账号**，或打开 [lumen.example/account/profile](https://lumen.example/account/profile)。
          2. 点击**邮箱**旁边的**更改**。
          3. 输入新邮箱和当前密码，然后点击**发送确认邮件**。
          4. 打开我们发到新邮箱的邮件，点击**确认邮箱**。

          在确认之前，旧邮箱仍然可以使用。我们也会给旧邮箱发一封通知，如果有人试图擅自更改，你会第一时间知道。

          ## 注意事项

          - 新邮箱不能已被其他 Lumen 账号使用。如果已被占用，请先删除那个账号或更改它的邮箱。
          - 如果你用 Google 或 Apple 登录，邮箱由对应服务管理。请在那里更改，或者先设置 Lumen 密码，改用邮箱登录。
          - 在 Lumen Team 中，只有管理员可以更改工作区账号的邮箱。

          没收到确认邮件？请先检查垃圾邮件文件夹，再在同一页面重新发送。
        `,
      },
      'zh-Hant': {
        title: '變更帳號的電子郵件地址',
        body: md`
          電子郵件地址是你登入時使用的帳號，也是我們寄送收據、安全性通知和密碼重設連結的地方，所以請隨時保持最新。

          ## 變更電子郵件地址

          1. 前往**設定** > **帳號**，或開啟 [lumen.example/account/profile](https://lumen.example/account/profile)。
          2. 按一下**電子郵件**旁的**變更**。
          3. 輸入新的電子郵件地址和目前的密碼，再按一下**傳送確認信**。
          4. 開啟我們寄到新地址的信，按一下**確認電子郵件**。

          在確認之前，舊的地址仍可繼續使用。我們也會寄一封通知到舊地址，如果有人擅自變更，你馬上就會知道。

          ## 注意事項

          - 新的電子郵件地址不能已經用於其他 Lumen 帳號。如果已被使用，請先刪除該帳號或變更它的地址。
          - 如果你用 Google 或 Apple 登入，電子郵件地址是由該服務管理。請到那裡變更，或先設定 Lumen 密碼，改用電子郵件登入。
          - 在 Lumen Team 中，只有管理員能變更工作區帳號的電子郵件地址。

          沒收到確認信？請先檢查垃圾郵件資料夾，再從同一個畫面重新傳送。
        `,
      },
    },
  },
  {
    id: 'art_secure_account',
    collectionId: 'col_account_security',
    updatedAt: '2026-10-05T16:40:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Secure your account after suspicious activity',
        body: md`
          If you get a sign-in alert you don't recognise, or notes change without you editing them, act quickly. These steps take about five minutes.

          ## Lock down your account

          1. Go to **Settings** > **Security** > **Devices and sessions** and click **Sign out everywhere**.
          2. Change your password to a new one you haven't used anywhere else.
          3. Turn on [two-factor authentication](https://lumen.example/help/two-factor) if it isn't on already.
          4. Under **Connected apps**, remove any integrations you don't recognise.
          5. If you used the same password for your email account, change that too: whoever controls your inbox can reset your Lumen password.

          ## Check your notes

          Open **Recently edited** in the sidebar to see which notes changed and when. You can roll back any note with **⋯** > **Note history**. Deleted notes stay in the **Trash** for 30 days.

          ## Tell us

          If you think someone got into your account, [contact support](https://lumen.example/contact). We can go through recent sign-ins with you and help restore anything that was changed. We'll never ask for your password by email or chat.
        `,
      },
      'zh-Hans': {
        title: '发现可疑活动后如何保护账号',
        body: md`
          如果收到了不认识的登录提醒，或者笔记在你没有编辑的情况下被改动了，请尽快处理。以下步骤大约只需五分钟。

          ## 锁定账号

          1. 前往**设置** > **安全** > **设备与会话**，点击**退出所有设备**。
          2. 把密码改成一个从未在其他地方用过的新密码。
          3. 如果还没开启[双重验证](https://lumen.example/help/two-factor)，请立即开启。
          4. 在**已连接的应用**中，移除所有你不认识的集成。
          5. 如果你的邮箱也用了同一个密码，请一并修改：谁能进入你的邮箱，谁就能重置你的 Lumen 密码。

          ## 检查笔记

          打开侧边栏中的**最近编辑**，查看哪些笔记在什么时候被修改过。通过 **⋯** > **笔记历史**可以把任何笔记恢复到之前的版本。删除的笔记会在**回收站**中保留 30 天。

          ## 告诉我们

          如果你认为有人登录过你的账号，请[联系客服](https://lumen.example/contact)。我们可以和你一起核查最近的登录记录，并帮助恢复被改动的内容。我们绝不会通过邮件或聊天向你索要密码。
        `,
      },
      'zh-Hant': {
        title: '發現可疑活動後如何保護帳號',
        body: md`
          如果收到不認得的登入通知，或筆記在你沒有編輯的情況下被更動，請盡快處理。以下步驟大約只需要五分鐘。

          ## 鎖定帳號

          1. 前往**設定** > **安全性** > **裝置與工作階段**，按一下**登出所有裝置**。
          2. 將密碼改成一組從未在其他地方用過的新密碼。
          3. 如果還沒開啟[雙重驗證](https://lumen.example/help/two-factor)，請立即開啟。
          4. 在**已連結的 App** 中，移除所有你不認得的整合服務。
          5. 如果你的電子郵件信箱也用同一組密碼，請一併變更：能進入你信箱的人，就能重設你的 Lumen 密碼。

          ## 檢查筆記

          開啟側邊欄的**最近編輯**，查看哪些筆記在什麼時候被修改過。透過 **⋯** > **筆記版本記錄**，可以將任何筆記還原到先前的版本。刪除的筆記會在**垃圾桶**中保留 30 天。

          ## 告訴我們

          如果你認為有人登入過你的帳號，請[聯絡客服](https://lumen.example/contact)。我們可以和你一起檢查最近的登入紀錄，並協助還原被更動的內容。我們絕不會透過電子郵件或聊天要求你提供密碼。
        `,
      },
    },
  },
  {
    id: 'art_delete_account',
    collectionId: 'col_account_security',
    updatedAt: '2026-06-30T12:00:00.000Z',
    pagePatterns: ['/account/*'],
    translations: {
      en: {
        title: 'Delete your Lumen account',
        body: md`
          Deleting your Lumen account permanently removes your notes, notebooks, tags and attachments. It can't be undone, so export anything you want to keep first.

          ## Before you delete

          - [Export your notes](https://lumen.example/help/export) as Markdown or a Lumen archive.
          - If you own a shared notebook, transfer it to someone else, or it will be deleted for everyone.
          - If you're the only admin of a Lumen Team workspace, make someone else an admin first.

          ## Delete your account

          1. Go to **Settings** > **Account** > **Delete account**.
          2. Read the summary of what will be removed.
          3. Enter your password (or confirm with Google or Apple) and type **DELETE**.
          4. Click **Permanently delete account**.

          You have 7 days to change your mind: sign in again before then and choose **Restore account**. After that, your data is erased from our servers, including backups, within 30 days.

          ## What happens to your subscription

          Deleting your account cancels Lumen Plus straight away, but it doesn't issue a refund by itself. If you were charged in the last 14 days, [request a refund](https://lumen.example/help/refunds) before you delete. Subscriptions bought through the App Store or Google Play must be cancelled there.
        `,
      },
      'zh-Hans': {
        title: '注销 Lumen 账号',
        body: md`
          注销 Lumen 账号会永久删除你的笔记、笔记本、标签和附件，且无法撤销。请先导出所有想保留的内容。

          ## 注销之前

          - 将笔记[导出](https://lumen.example/help/export)为 Markdown 或 Lumen 归档文件。
          - 如果你是某个共享笔记本的所有者，请先把它转让给其他人，否则这个笔记本会被删除，所有成员都将无法再访问。
          - 如果你是 Lumen Team 工作区唯一的管理员，请先指定另一位管理员。

          ## 注销步骤

          1. 前往**设置** > **账号** > **注销账号**。
          2. 阅读将被删除内容的摘要。
          3. 输入密码（或通过 Google、Apple 确认），并输入 **DELETE**。
          4. 点击**永久注销账号**。

          你有 7 天的反悔期：在此期间重新登录并选择**恢复账号**即可。7 天后，你的数据（包括备份）会在 30 天内从我们的服务器上彻底清除。

          ## 订阅会怎样

          注销账号会立即取消 Lumen Plus，但不会自动退款。如果你在过去 14 天内被扣过费，请在注销前先[申请退款](https://lumen.example/help/refunds)。通过 App Store 或 Google Play 购买的订阅，需要在对应的商店中取消。
        `,
      },
      'zh-Hant': {
        title: '刪除 Lumen 帳號',
        body: md`
          刪除 Lumen 帳號會永久移除你的筆記、筆記本、標籤和附件，而且無法復原。請先匯出所有想保留的內容。

          ## 刪除之前

          - 將筆記[匯出](https://lumen.example/help/export)為 Markdown 或 Lumen 封存檔。
          - 如果你是共用筆記本的擁有者，請先將它轉移給其他人，否則這個筆記本會被刪除，所有成員都將無法再存取。
          - 如果你是 Lumen Team 工作區唯一的管理員，請先指派另一位管理員。

          ## 刪除步驟

          1. 前往**設定** > **帳號** > **刪除帳號**。
          2. 閱讀即將移除內容的摘要。
          3. 輸入密碼（或透過 Google、Apple 確認），並輸入 **DELETE**。
          4. 按一下**永久刪除帳號**。

          你有 7 天可以反悔：在這段期間重新登入並選擇**還原帳號**即可。7 天後，你的資料（包括備份）會在 30 天內從我們的伺服器上完全清除。

          ## 訂閱會如何處理

          刪除帳號會立即取消 Lumen Plus，但不會自動退款。如果你在過去 14 天內有被扣款，請在刪除前先[申請退款](https://lumen.example/help/refunds)。透過 App Store 或 Google Play 購買的訂閱，必須在該商店中取消。
        `,
      },
    },
  },
  // Sync & devices
  {
    id: 'art_sync_between_devices',
    collectionId: 'col_sync_devices',
    updatedAt: '2026-04-02T10:00:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Sync notes between devices',
        body: md`
          Lumen keeps your notes in sync on the web, your computers, and your phone and tablet. Changes usually appear on your other devices within a few seconds.

          ## Set up sync

          1. Install Lumen on each device from [lumen.example/download](https://lumen.example/download).
          2. Sign in with the same account everywhere.
          3. That's it: sync is on by default. A small cloud icon appears in the sidebar while changes are uploading.

          ## Check sync status

          Click your name at the bottom of the sidebar to see **Last synced** and the number of changes waiting to upload. On mobile, pull down on the note list to sync straight away.

          ## How many devices?

          Lumen Free syncs across two devices, plus the web app. Lumen Plus and Team have no device limit. See [device limits](https://lumen.example/help/device-limits) for details.

          ## Editing on two devices at once

          If you edit the same note on two devices while one of them is offline, Lumen merges the changes when they reconnect. If both devices changed the same paragraph, Lumen keeps both versions, and a banner at the top of the note lets you choose which one to keep.
        `,
      },
      'zh-Hans': {
        title: '在多台设备之间同步笔记',
        body: md`
          Lumen 会让你的笔记在网页版、电脑、手机和平板之间保持同步。修改通常几秒钟内就会出现在其他设备上。

          ## 设置同步

          1. 在 [lumen.example/download](https://lumen.example/download) 下载 Lumen，并安装到每台设备上。
          2. 在所有设备上登录同一个账号。
          3. 这样就完成了：同步默认开启。正在上传修改时，侧边栏会出现一个小云朵图标。

          ## 查看同步状态

          点击侧边栏底部你的名字，可以看到**上次同步**时间和等待上传的修改数量。在手机上，下拉笔记列表即可立即同步。

          ## 可以同步几台设备？

          Lumen Free 可在两台设备之间同步（网页版不计入）。Lumen Plus 和 Team 不限设备数量。详情请参阅[设备数量限制](https://lumen.example/help/device-limits)。

          ## 在两台设备上同时编辑

          如果你在两台设备上编辑同一条笔记，而其中一台处于离线状态，Lumen 会在两台设备重新联网后合并修改。如果两边改的是同一段内容，Lumen 会同时保留两个版本，并在笔记顶部显示提示，让你选择保留哪一个。
        `,
      },
      'zh-Hant': {
        title: '在多部裝置之間同步筆記',
        body: md`
          Lumen 會讓你的筆記在網頁版、電腦、手機和平板之間保持同步。修改內容通常在幾秒內就會出現在其他裝置上。

          ## 設定同步

          1. 從 [lumen.example/download](https://lumen.example/download) 下載 Lumen，安裝到每部裝置上。
          2. 在所有裝置上登入同一個帳號。
          3. 這樣就完成了：同步功能預設為開啟。上傳修改內容時，側邊欄會出現一個小雲朵圖示。

          ## 查看同步狀態

          按一下側邊欄底部你的名稱，就能看到**上次同步**的時間和等待上傳的修改數量。在行動裝置上，往下拉筆記清單即可立即同步。

          ## 可以同步幾部裝置？

          Lumen Free 可在兩部裝置之間同步（網頁版不列入計算）。Lumen Plus 和 Team 則不限裝置數量。詳情請參閱[裝置數量限制](https://lumen.example/help/device-limits)。

          ## 在兩部裝置上同時編輯

          如果你在兩部裝置上編輯同一則筆記，而其中一部處於離線狀態，Lumen 會在重新連線後合併修改內容。如果兩邊改到同一個段落，Lumen 會同時保留兩個版本，並在筆記頂端顯示橫幅，讓你選擇要保留哪一個。
        `,
      },
    },
  },
  {
    id: 'art_fix_sync',
    collectionId: 'col_sync_devices',
    updatedAt: '2026-10-12T09:30:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: "Fix notes that aren't syncing",
        body: md`
          If a note you wrote on one device doesn't show up on another, work through these checks in order.

          ## Quick checks

          1. Make sure both devices are online and signed in to the **same account**. Click your name at the bottom of the sidebar to see which email address you're using.
          2. Check the [Lumen status page](https://lumen.example/status) for any ongoing incident.
          3. Update the app to the latest version. Very old versions can stop syncing after a major update.
          4. On the device with the missing changes, choose **Help** > **Sync now**. On mobile, pull down on the note list.

          ## Still not syncing?

          - A **Sync paused** banner means you've reached your plan's upload or device limit. The banner explains which one and how to fix it.
          - **Signed out on this device** appears after a password reset, or when you sign a device out remotely. Sign in again: changes that hadn't synced are kept.
          - On iPhone and Android, allow Lumen to refresh in the background in your phone's settings.

          ## Send us a sync report

          In the desktop app, go to **Help** > **Troubleshooting** > **Create sync report**, and attach the file when you [contact support](https://lumen.example/contact). The report contains technical logs, not the content of your notes.
        `,
      },
      'zh-Hans': {
        title: '笔记无法同步怎么办',
        body: md`
          如果在一台设备上写的笔记没有出现在另一台设备上，请按顺序逐项排查。

          ## 快速排查

          1. 确认两台设备都已联网，并且登录的是**同一个账号**。点击侧边栏底部你的名字，可以看到当前使用的邮箱。
          2. 查看 [Lumen 服务状态页面](https://lumen.example/status)，确认是否有正在处理的故障。
          3. 把应用更新到最新版本。版本过旧时，可能会在重大更新后停止同步。
          4. 在缺少内容的那台设备上，选择**帮助** > **立即同步**。在手机上，下拉笔记列表即可。

          ## 还是无法同步？

          - 出现**同步已暂停**提示，说明已达到套餐的上传额度或设备数量上限。提示中会说明具体原因和解决办法。
          - 出现**此设备已退出登录**，通常是因为重置了密码，或者你在别处远程退出了这台设备。重新登录即可，尚未同步的修改不会丢失。
          - 在 iPhone 和 Android 上，请在手机设置中允许 Lumen 后台刷新。

          ## 发送同步报告

          在桌面端中前往**帮助** > **故障排除** > **生成同步报告**，并在[联系客服](https://lumen.example/contact)时附上该文件。报告只包含技术日志，不包含笔记内容。
        `,
      },
      'zh-Hant': {
        title: '筆記無法同步時該怎麼辦',
        body: md`
          如果在一部裝置上寫的筆記沒有出現在另一部裝置上，請依序檢查以下項目。

          ## 快速檢查

          1. 確認兩部裝置都已連上網路，而且登入的是**同一個帳號**。按一下側邊欄底部你的名稱，就能看到目前使用的電子郵件地址。
          2. 查看 [Lumen 服務狀態頁面](https://lumen.example/status)，確認是否有正在處理的異常狀況。
          3. 將 App 更新到最新版本。版本太舊的話，可能會在重大更新後停止同步。
          4. 在缺少內容的那部裝置上，選擇**說明** > **立即同步**。在行動裝置上，往下拉筆記清單即可。

          ## 還是無法同步？

          - 出現**同步已暫停**橫幅，表示已達到方案的上傳額度或裝置數量上限。橫幅會說明原因和解決方法。
          - 出現**這部裝置已登出**，通常是因為重設了密碼，或你從其他地方遠端登出了這部裝置。重新登入即可，尚未同步的修改不會遺失。
          - 在 iPhone 和 Android 上，請到手機設定中允許 Lumen 在背景重新整理。

          ## 傳送同步報告

          在桌面版中前往**說明** > **疑難排解** > **建立同步報告**，並在[聯絡客服](https://lumen.example/contact)時附上這個檔案。報告只包含技術記錄檔，不含筆記內容。
        `,
      },
    },
  },
  {
    id: 'art_offline_mode',
    collectionId: 'col_sync_devices',
    updatedAt: '2026-04-02T10:30:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Work offline',
        body: md`
          You can keep working without an internet connection. Lumen saves your changes on the device and syncs them as soon as you're back online.

          ## Desktop apps

          On Mac, Windows and Linux, every note is stored on your computer, so all your notes are available offline on every plan. Create, edit, tag and move notes as usual; a **Working offline** label appears in the sidebar.

          ## Mobile apps

          On phones and tablets, Lumen keeps recently opened notes on the device. To make sure a whole notebook is available offline:

          1. Open the notebook.
          2. Tap **⋯** > **Make available offline**.
          3. Wait for the download to finish before you lose your connection.

          Offline notebooks on mobile come with Lumen Plus and Team. On Lumen Free you can still read and edit notes you've opened recently.

          ## Web app

          The web app at [lumen.example/app](https://lumen.example/app) needs a connection. If you often work on the move, install the [desktop app](https://lumen.example/download) instead.

          ## Good to know

          Search works offline for notes stored on the device, but text inside images and PDFs only becomes searchable once it has been processed online. Sharing and inviting people also need a connection.
        `,
      },
      'zh-Hans': {
        title: '离线使用 Lumen',
        body: md`
          没有网络也能继续工作。Lumen 会把修改保存在设备上，一联网就自动同步。

          ## 桌面端

          在 Mac、Windows 和 Linux 上，所有笔记都保存在你的电脑里，因此无论使用哪个套餐，全部笔记都可以离线使用。你可以照常新建、编辑、添加标签和移动笔记，侧边栏会显示**离线工作中**。

          ## 手机和平板

          在手机和平板上，Lumen 会在设备上保留最近打开过的笔记。如果想确保整个笔记本都能离线使用：

          1. 打开该笔记本。
          2. 点按 **⋯** > **离线可用**。
          3. 在断网之前，等待下载完成。

          移动端的离线笔记本功能包含在 Lumen Plus 和 Team 中。使用 Lumen Free 时，仍然可以查看和编辑最近打开过的笔记。

          ## 网页版

          网页版（[lumen.example/app](https://lumen.example/app)）需要联网使用。如果你经常在路上工作，建议安装[桌面端](https://lumen.example/download)。

          ## 小贴士

          离线时也能搜索保存在设备上的笔记，但图片和 PDF 中的文字需要联网处理后才能被搜到。分享笔记和邀请他人同样需要联网。
        `,
      },
      'zh-Hant': {
        title: '離線使用 Lumen',
        body: md`
          沒有網路也能繼續工作。Lumen 會把修改內容儲存在裝置上，一恢復連線就自動同步。

          ## 桌面版

          在 Mac、Windows 和 Linux 上，所有筆記都儲存在你的電腦中，因此無論使用哪種方案，全部筆記都能離線使用。你可以照常建立、編輯、加上標籤和移動筆記，側邊欄會顯示**離線工作中**。

          ## 手機和平板

          在手機和平板上，Lumen 會在裝置中保留最近開啟過的筆記。如果要確保整個筆記本都能離線使用：

          1. 開啟該筆記本。
          2. 點一下 **⋯** > **可離線使用**。
          3. 在中斷連線之前，等待下載完成。

          行動裝置的離線筆記本功能包含在 Lumen Plus 和 Team 中。使用 Lumen Free 時，仍然可以閱讀和編輯最近開啟過的筆記。

          ## 網頁版

          網頁版（[lumen.example/app](https://lumen.example/app)）需要連上網路才能使用。如果你經常在外工作，建議安裝[桌面版](https://lumen.example/download)。

          ## 小提醒

          離線時也能搜尋儲存在裝置上的筆記，但圖片和 PDF 中的文字需要連線處理後才能搜尋。分享筆記和邀請他人也需要網路連線。
        `,
      },
    },
  },
  {
    id: 'art_install_desktop',
    collectionId: 'col_sync_devices',
    updatedAt: '2026-09-01T08:00:00.000Z',
    pagePatterns: ['/download*'],
    translations: {
      en: {
        title: 'Install Lumen on Mac, Windows or Linux',
        body: md`
          The Lumen desktop app gives you offline access to all your notes, keyboard shortcuts and faster search.

          ## Download and install

          1. Go to [lumen.example/download](https://lumen.example/download). The page suggests the right version for your computer.
          2. **Mac**: open the .dmg file and drag Lumen into **Applications**. Lumen runs on macOS 12 or later, on Apple silicon and Intel Macs.
          3. **Windows**: run the installer and follow the steps. Lumen needs 64-bit Windows 10 or 11.
          4. **Linux**: install the .deb or .rpm package, or use the AppImage. Ubuntu 22.04, Fedora 38 and newer are supported.
          5. Open Lumen and sign in.

          The first sync downloads all your notes, which can take a few minutes for large accounts.

          ## Updates

          Lumen updates itself in the background and asks you to restart when a new version is ready. To check by hand, choose **Help** > **Check for updates** (on Mac, **Lumen** > **Check for updates**).

          ## Work or school computers

          If you can't install apps on your computer, ask your IT team to deploy the MSI installer for Windows, or use the [web app](https://lumen.example/app) instead.
        `,
      },
      'zh-Hans': {
        title: '在 Mac、Windows 或 Linux 上安装 Lumen',
        body: md`
          Lumen 桌面端支持离线访问全部笔记，还有丰富的键盘快捷键和更快的搜索。

          ## 下载和安装

          1. 打开 [lumen.example/download](https://lumen.example/download)，页面会自动推荐适合你电脑的版本。
          2. **Mac**：打开 .dmg 文件，把 Lumen 拖到**应用程序**文件夹中。需要 macOS 12 或更高版本，支持 Apple 芯片和 Intel 芯片的 Mac。
          3. **Windows**：运行安装程序并按提示操作。需要 64 位的 Windows 10 或 11。
          4. **Linux**：安装 .deb 或 .rpm 软件包，或使用 AppImage。支持 Ubuntu 22.04、Fedora 38 及更新版本。
          5. 打开 Lumen 并登录。

          首次同步会下载你的全部笔记，笔记较多时可能需要几分钟。

          ## 更新

          Lumen 会在后台自动更新，新版本准备好后会提示你重启。如需手动检查，请选择**帮助** > **检查更新**（Mac 上为 **Lumen** > **检查更新**）。

          ## 公司或学校的电脑

          如果你无法在电脑上自行安装软件，可以请 IT 部门通过 Windows MSI 安装包统一部署，或者改用[网页版](https://lumen.example/app)。
        `,
      },
      'zh-Hant': {
        title: '在 Mac、Windows 或 Linux 上安裝 Lumen',
        body: md`
          Lumen 桌面版可以離線存取所有筆記，還有豐富的鍵盤快速鍵和更快的搜尋速度。

          ## 下載並安裝

          1. 前往 [lumen.example/download](https://lumen.example/download)，頁面會自動建議適合你電腦的版本。
          2. **Mac**：開啟 .dmg 檔案，將 Lumen 拖曳到**應用程式**資料夾。需要 macOS 12 以上版本，支援 Apple 晶片和 Intel 處理器的 Mac。
          3. **Windows**：執行安裝程式並依照指示操作。需要 64 位元的 Windows 10 或 11。
          4. **Linux**：安裝 .deb 或 .rpm 套件，或使用 AppImage。支援 Ubuntu 22.04、Fedora 38 及更新版本。
          5. 開啟 Lumen 並登入。

          第一次同步會下載你所有的筆記，筆記量大時可能需要幾分鐘。

          ## 更新

          Lumen 會在背景自動更新，新版本準備好後會請你重新啟動。若要手動檢查，請選擇**說明** > **檢查更新**（Mac 上為 **Lumen** > **檢查更新**）。

          ## 公司或學校的電腦

          如果你無法自行在電腦上安裝軟體，可以請 IT 部門使用 Windows MSI 安裝程式統一部署，或改用[網頁版](https://lumen.example/app)。
        `,
      },
    },
  },
  {
    id: 'art_install_mobile',
    collectionId: 'col_sync_devices',
    updatedAt: '2026-09-01T08:20:00.000Z',
    pagePatterns: ['/download*'],
    translations: {
      en: {
        title: 'Get Lumen on iPhone, iPad and Android',
        body: md`
          Take your notes with you. The mobile apps let you capture ideas, scan documents and tick off lists on the go.

          ## Install the app

          1. On iPhone or iPad, open the **App Store** and search for **Lumen Notes**. Lumen needs iOS or iPadOS 16 or later.
          2. On Android, open **Google Play** and search for **Lumen Notes**. Lumen needs Android 9 or later.
          3. Open the app and sign in. To skip typing your password, scan the QR code shown at [lumen.example/download](https://lumen.example/download) on a computer where you're already signed in.

          ## Handy features on mobile

          - **Scan document**: tap **+** > **Scan** to turn receipts, whiteboards and paper notes into searchable notes.
          - **Home screen widgets**: add a Lumen widget for quick notes and checklists.
          - **Share to Lumen**: save links, photos and text from other apps through the **Share** menu.
          - **Face ID or fingerprint lock**: turn it on in **Settings** > **Security** for extra privacy.

          ## Subscriptions bought in the app

          If you upgrade to Plus in the App Store or Google Play, the subscription is managed and billed by Apple or Google, and so are cancellations and refunds. See [app store billing](https://lumen.example/help/app-store-billing).
        `,
      },
      'zh-Hans': {
        title: '在 iPhone、iPad 和 Android 上使用 Lumen',
        body: md`
          把笔记随身带走。用手机应用随时记录想法、扫描文档、勾选待办清单。

          ## 安装应用

          1. 在 iPhone 或 iPad 上打开 **App Store**，搜索 **Lumen Notes**。需要 iOS 或 iPadOS 16 及以上版本。
          2. 在 Android 上打开 **Google Play**，搜索 **Lumen Notes**。需要 Android 9 及以上版本。
          3. 打开应用并登录。如果不想手动输入密码，可以在已登录的电脑上打开 [lumen.example/download](https://lumen.example/download)，用手机扫描页面上的二维码登录。

          ## 手机上的实用功能

          - **扫描文档**：点按 **+** > **扫描**，把收据、白板和纸质笔记变成可搜索的笔记。
          - **桌面小组件**：添加 Lumen 小组件，快速记笔记、查看清单。
          - **分享到 Lumen**：通过**分享**菜单保存其他应用中的链接、照片和文字。
          - **面容 ID 或指纹锁**：在**设置** > **安全**中开启，多一层隐私保护。

          ## 在应用内购买的订阅

          如果你是通过 App Store 或 Google Play 升级到 Plus 的，订阅由 Apple 或 Google 管理和扣费，取消订阅和退款也需要通过它们办理。详见[应用商店账单说明](https://lumen.example/help/app-store-billing)。
        `,
      },
      'zh-Hant': {
        title: '在 iPhone、iPad 和 Android 上使用 Lumen',
        body: md`
          讓筆記隨身帶著走。使用行動版 App，隨時記下靈感、掃描文件、勾選待辦清單。

          ## 安裝 App

          1. 在 iPhone 或 iPad 上開啟 **App Store**，搜尋 **Lumen Notes**。需要 iOS 或 iPadOS 16 以上版本。
          2. 在 Android 上開啟 **Google Play**，搜尋 **Lumen Notes**。需要 Android 9 以上版本。
          3. 開啟 App 並登入。如果不想手動輸入密碼，可以在已登入的電腦上開啟 [lumen.example/download](https://lumen.example/download)，再用手機掃描頁面上的 QR 圖碼登入。

          ## 行動版的實用功能

          - **掃描文件**：點一下 **+** > **掃描**，將收據、白板和紙本筆記轉換成可搜尋的筆記。
          - **主畫面小工具**：加入 Lumen 小工具，快速記下筆記或查看清單。
          - **分享到 Lumen**：透過**分享**選單儲存其他 App 中的連結、相片和文字。
          - **Face ID 或指紋鎖定**：在**設定** > **安全性**中開啟，多一層隱私保護。

          ## 在 App 內購買的訂閱

          如果你是透過 App Store 或 Google Play 升級到 Plus，訂閱是由 Apple 或 Google 管理和收費，取消訂閱和退款也必須透過它們辦理。詳情請參閱[應用程式商店帳單說明](https://lumen.example/help/app-store-billing)。
        `,
      },
    },
  },
  {
    id: 'art_device_limits',
    collectionId: 'col_sync_devices',
    updatedAt: '2026-02-16T11:00:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Device limits on each plan',
        body: md`
          Each Lumen plan allows a certain number of devices to sync your notes. The web app never counts towards the limit.

          - **Lumen Free**: 2 devices
          - **Lumen Plus**: unlimited devices
          - **Lumen Team**: unlimited devices for every member

          A device is any computer, phone or tablet where you've signed in to a Lumen app.

          ## Reached your limit?

          When you sign in on a third device with Lumen Free, Lumen asks you to remove one of your existing devices. You can also remove devices at any time:

          1. Go to **Settings** > **Security** > **Devices and sessions**.
          2. Find the device you no longer use and click **Remove**.
          3. Sign in on the new device.

          Removing a device signs it out. Any changes that hadn't synced yet stay on that device until you sign in there again.

          On Lumen Free you can remove up to 3 devices a month. Need more? [Upgrade to Lumen Plus](https://lumen.example/pricing) for unlimited devices.
        `,
      },
      'zh-Hans': {
        title: '各套餐的设备数量限制',
        body: md`
          每个 Lumen 套餐可同步的设备数量不同。网页版不计入设备数量。

          - **Lumen Free**：2 台设备
          - **Lumen Plus**：不限设备数量
          - **Lumen Team**：每位成员均不限设备数量

          这里的“设备”指你登录过 Lumen 应用的任何电脑、手机或平板。

          ## 达到上限了？

          使用 Lumen Free 时，如果在第三台设备上登录，Lumen 会要求你先移除一台现有设备。你也可以随时手动移除：

          1. 前往**设置** > **安全** > **设备与会话**。
          2. 找到不再使用的设备，点击**移除**。
          3. 在新设备上登录。

          移除设备后，该设备会退出登录。尚未同步的修改会保留在那台设备上，直到你再次在上面登录。

          Lumen Free 每月最多可移除 3 台设备。需要更多？[升级到 Lumen Plus](https://lumen.example/pricing)，即可不限设备数量。
        `,
      },
      'zh-Hant': {
        title: '各方案的裝置數量限制',
        body: md`
          每種 Lumen 方案可同步的裝置數量不同。網頁版不列入裝置數量。

          - **Lumen Free**：2 部裝置
          - **Lumen Plus**：不限裝置數量
          - **Lumen Team**：每位成員皆不限裝置數量

          這裡的「裝置」是指你登入過 Lumen App 的任何電腦、手機或平板。

          ## 已達上限？

          使用 Lumen Free 時，如果在第三部裝置上登入，Lumen 會請你先移除一部現有的裝置。你也可以隨時手動移除：

          1. 前往**設定** > **安全性** > **裝置與工作階段**。
          2. 找到不再使用的裝置，按一下**移除**。
          3. 在新裝置上登入。

          移除裝置後，該裝置就會登出。尚未同步的修改會保留在那部裝置上，直到你再次在上面登入。

          Lumen Free 每個月最多可以移除 3 部裝置。需要更多嗎？[升級到 Lumen Plus](https://lumen.example/pricing)，就能不限裝置數量。
        `,
      },
    },
  },
  {
    id: 'art_restore_notes',
    collectionId: 'col_sync_devices',
    updatedAt: '2026-05-27T14:20:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Recover deleted notes and earlier versions',
        body: md`
          Deleted a note by mistake, or want an older version back? Lumen keeps both for a while, on every device you sync.

          ## Restore a deleted note

          1. Click **Trash** at the bottom of the sidebar.
          2. Find the note. You can search inside the trash too.
          3. Right-click it and choose **Restore**. The note goes back to its original notebook, or to **My notes** if that notebook no longer exists.

          Notes stay in the trash for 30 days, then they are deleted permanently. Emptying the trash deletes them straight away.

          ## Go back to an earlier version

          1. Open the note and choose **⋯** > **Note history**.
          2. Browse the saved versions. Lumen saves a version every few minutes while you edit.
          3. Click **Restore this version**. Your current text is saved as a version too, so nothing is lost.

          Lumen Free keeps 7 days of history; Lumen Plus and Team keep a full year.

          ## Can't find it?

          If the note isn't in the trash or its history, [contact support](https://lumen.example/contact) within 30 days of deleting it. We may be able to recover it from a backup.
        `,
      },
      'zh-Hans': {
        title: '恢复已删除的笔记和旧版本',
        body: md`
          不小心删了笔记，或者想找回之前的版本？Lumen 会在一段时间内保留它们，并同步到你的所有设备。

          ## 恢复已删除的笔记

          1. 点击侧边栏底部的**回收站**。
          2. 找到要恢复的笔记，也可以在回收站里搜索。
          3. 右键点击笔记并选择**恢复**。笔记会回到原来的笔记本；如果原笔记本已不存在，则会放到**我的笔记**中。

          笔记在回收站中保留 30 天，之后会被永久删除。清空回收站会立即删除其中的笔记。

          ## 恢复到之前的版本

          1. 打开笔记，选择 **⋯** > **笔记历史**。
          2. 浏览已保存的版本。编辑时，Lumen 每隔几分钟就会保存一个版本。
          3. 点击**恢复此版本**。当前内容也会另存为一个版本，不会丢失任何东西。

          Lumen Free 保留 7 天的历史记录，Lumen Plus 和 Team 保留一整年。

          ## 还是找不到？

          如果回收站和笔记历史中都找不到，请在删除后 30 天内[联系客服](https://lumen.example/contact)，我们也许能从备份中帮你找回。
        `,
      },
      'zh-Hant': {
        title: '還原已刪除的筆記和舊版本',
        body: md`
          不小心刪掉筆記，或想找回之前的版本嗎？Lumen 會保留它們一段時間，並同步到你所有的裝置。

          ## 還原已刪除的筆記

          1. 按一下側邊欄底部的**垃圾桶**。
          2. 找到要還原的筆記，也可以在垃圾桶中搜尋。
          3. 在筆記上按右鍵並選擇**還原**。筆記會回到原本的筆記本；如果原本的筆記本已不存在，就會放到**我的筆記**。

          筆記會在垃圾桶中保留 30 天，之後就會永久刪除。清空垃圾桶則會立即刪除其中的筆記。

          ## 還原到先前的版本

          1. 開啟筆記，選擇 **⋯** > **筆記版本記錄**。
          2. 瀏覽已儲存的版本。編輯時，Lumen 每隔幾分鐘就會儲存一個版本。
          3. 按一下**還原這個版本**。目前的內容也會另存成一個版本，不會遺失任何東西。

          Lumen Free 會保留 7 天的版本記錄，Lumen Plus 和 Team 則保留一整年。

          ## 還是找不到？

          如果在垃圾桶和版本記錄中都找不到，請在刪除後 30 天內[聯絡客服](https://lumen.example/contact)，我們或許能從備份中幫你找回。
        `,
      },
    },
  },
  // Billing & plans
  {
    id: 'art_compare_plans',
    collectionId: 'col_billing_plans',
    updatedAt: '2026-10-01T09:00:00.000Z',
    pagePatterns: ['/pricing'],
    translations: {
      en: {
        title: 'Compare Lumen Free, Plus and Team',
        body: md`
          Lumen has three plans. You can start on Free and upgrade whenever you need more.

          ## Lumen Free

          - 2 devices, plus the web app
          - 100 MB of uploads a month, attachments up to 25 MB
          - 7 days of note history
          - Share notes by link and invite up to 3 people to each notebook

          ## Lumen Plus: £4.99 a month or £49 a year

          - Unlimited devices and offline notebooks on mobile
          - 10 GB of uploads a month, attachments up to 200 MB
          - A year of note history and search inside PDFs and images
          - Password-protected share links and up to 50 people per notebook
          - Priority email support

          ## Lumen Team: £8 per member a month, billed yearly

          - Everything in Plus
          - Shared team spaces and an admin console
          - Require two-factor authentication for every member
          - One invoice for the whole team, with your VAT number

          Prices include VAT where it applies, and checkout shows the amount in your local currency. See [lumen.example/pricing](https://lumen.example/pricing) for current prices. Every paid plan comes with a 14-day money-back guarantee, so if it isn't right for you, [request a refund](https://lumen.example/help/refunds).
        `,
      },
      'zh-Hans': {
        title: '比较 Lumen Free、Plus 和 Team',
        body: md`
          Lumen 提供三种套餐。你可以先用 Free，需要更多功能时随时升级。

          ## Lumen Free

          - 2 台设备，另可使用网页版
          - 每月 100 MB 上传额度，单个附件最大 25 MB
          - 7 天笔记历史
          - 通过链接分享笔记，每个笔记本最多邀请 3 人

          ## Lumen Plus：每月 £4.99 或每年 £49

          - 不限设备数量，手机上可使用离线笔记本
          - 每月 10 GB 上传额度，单个附件最大 200 MB
          - 一年笔记历史，可搜索 PDF 和图片中的文字
          - 分享链接可设置密码，每个笔记本最多 50 人
          - 优先邮件支持

          ## Lumen Team：每位成员每月 £8，按年付费

          - 包含 Plus 的全部功能
          - 团队共享空间和管理控制台
          - 可要求所有成员开启双重验证
          - 全团队统一开具一张发票，可填写增值税号

          价格已含适用的增值税，结账时会以你所在地区的货币显示金额。最新价格请查看 [lumen.example/pricing](https://lumen.example/pricing)。所有付费套餐均提供 14 天退款保障，如果觉得不合适，可以[申请退款](https://lumen.example/help/refunds)。
        `,
      },
      'zh-Hant': {
        title: '比較 Lumen Free、Plus 和 Team',
        body: md`
          Lumen 提供三種方案。你可以先從 Free 開始，需要更多功能時再隨時升級。

          ## Lumen Free

          - 2 部裝置，另可使用網頁版
          - 每月 100 MB 上傳額度，單一附件上限 25 MB
          - 7 天筆記版本記錄
          - 透過連結分享筆記，每個筆記本最多邀請 3 人

          ## Lumen Plus：每月 £4.99 或每年 £49

          - 不限裝置數量，行動裝置可使用離線筆記本
          - 每月 10 GB 上傳額度，單一附件上限 200 MB
          - 一年筆記版本記錄，可搜尋 PDF 和圖片中的文字
          - 分享連結可設定密碼，每個筆記本最多 50 人
          - 優先電子郵件支援

          ## Lumen Team：每位成員每月 £8，按年計費

          - 包含 Plus 的所有功能
          - 團隊共用空間和管理主控台
          - 可要求所有成員開啟雙重驗證
          - 整個團隊合併開立一份帳單，可填寫統一編號或增值稅號

          價格已包含適用的營業稅，結帳時會以你所在地區的貨幣顯示金額。最新價格請參閱 [lumen.example/pricing](https://lumen.example/pricing)。所有付費方案都享有 14 天退款保證，如果覺得不適合，可以[申請退款](https://lumen.example/help/refunds)。
        `,
      },
    },
  },
  {
    id: 'art_upgrade_plus',
    collectionId: 'col_billing_plans',
    updatedAt: '2026-10-01T09:30:00.000Z',
    pagePatterns: ['/pricing', '/billing/*'],
    translations: {
      en: {
        title: 'Upgrade to Lumen Plus',
        body: md`
          Upgrading unlocks unlimited devices, offline notebooks on mobile, more uploads and a year of note history.

          ## Upgrade on the web or desktop

          1. Go to [lumen.example/pricing](https://lumen.example/pricing), or choose **Settings** > **Plan** > **Upgrade** in the app.
          2. Pick **Monthly** or **Yearly**. Yearly costs £49, about two months free compared with paying monthly.
          3. Enter your card details, or pay with PayPal, Apple Pay or Google Pay.
          4. Click **Start Plus**.

          Your new features are available straight away on all your devices, and we email a receipt to the address on your account.

          ## Upgrade on iPhone, iPad or Android

          Tap **Settings** > **Plan** > **Upgrade** and confirm with your App Store or Google Play account. These subscriptions are billed by Apple or Google, so changes, cancellations and refunds are handled there too.

          ## Switch from monthly to yearly

          Go to **Settings** > **Plan** > **Change billing period**. We credit the unused part of your current month against the yearly price.

          Not sure Plus is for you? It comes with a 14-day money-back guarantee: see [Request a refund](https://lumen.example/help/refunds).
        `,
      },
      'zh-Hans': {
        title: '升级到 Lumen Plus',
        body: md`
          升级后即可解锁不限数量的设备、手机离线笔记本、更多上传额度，以及一整年的笔记历史。

          ## 在网页版或桌面端升级

          1. 打开 [lumen.example/pricing](https://lumen.example/pricing)，或在应用中选择**设置** > **套餐** > **升级**。
          2. 选择**按月**或**按年**付费。年付 £49，相比按月付费大约能省两个月的费用。
          3. 输入银行卡信息，或使用 PayPal、Apple Pay、Google Pay 付款。
          4. 点击**开通 Plus**。

          新功能会立即在你的所有设备上生效，收据会发送到账号绑定的邮箱。

          ## 在 iPhone、iPad 或 Android 上升级

          点按**设置** > **套餐** > **升级**，然后用 App Store 或 Google Play 账号确认。这类订阅由 Apple 或 Google 扣费，因此更改、取消和退款也都需要通过它们办理。

          ## 从月付改为年付

          前往**设置** > **套餐** > **更改付费周期**。当月未使用的部分会折算抵扣年费。

          还不确定 Plus 是否适合你？Plus 提供 14 天退款保障，详见[申请退款](https://lumen.example/help/refunds)。
        `,
      },
      'zh-Hant': {
        title: '升級到 Lumen Plus',
        body: md`
          升級後即可解鎖不限數量的裝置、行動裝置離線筆記本、更多上傳額度，以及一整年的筆記版本記錄。

          ## 在網頁版或桌面版升級

          1. 前往 [lumen.example/pricing](https://lumen.example/pricing)，或在 App 中選擇**設定** > **方案** > **升級**。
          2. 選擇**月繳**或**年繳**。年繳為 £49，和月繳相比大約省下兩個月的費用。
          3. 輸入信用卡資料，或使用 PayPal、Apple Pay、Google Pay 付款。
          4. 按一下**開始使用 Plus**。

          新功能會立即在你所有的裝置上生效，收據也會寄到帳號的電子郵件地址。

          ## 在 iPhone、iPad 或 Android 上升級

          點一下**設定** > **方案** > **升級**，再用 App Store 或 Google Play 帳號確認。這類訂閱是由 Apple 或 Google 收費，所以變更、取消和退款也都要透過它們辦理。

          ## 從月繳改為年繳

          前往**設定** > **方案** > **變更計費週期**。當月尚未使用的部分會折抵年費。

          還不確定 Plus 適不適合你嗎？Plus 享有 14 天退款保證，詳情請參閱[申請退款](https://lumen.example/help/refunds)。
        `,
      },
    },
  },
  {
    id: 'art_update_payment',
    collectionId: 'col_billing_plans',
    updatedAt: '2026-08-19T10:10:00.000Z',
    pagePatterns: ['/billing/*'],
    translations: {
      en: {
        title: 'Update your payment method',
        body: md`
          If a card expires or a payment fails, update your payment details to keep Lumen Plus or Team running without interruption.

          ## Change your card or PayPal account

          1. Go to **Settings** > **Billing**, or open [lumen.example/billing/payment](https://lumen.example/billing/payment).
          2. Under **Payment method**, click **Update**.
          3. Enter your new card details, or connect a different PayPal account.
          4. Click **Save**. Your bank may show a small temporary hold while we check the card; it disappears within a few days.

          ## If a payment fails

          We try again after 3, 5 and 7 days and email you each time, and your plan stays active meanwhile. If every attempt fails, your account moves to Lumen Free. Your notes are never deleted, but devices beyond the Free limit stop syncing until you update your payment method.

          Common reasons for a failed payment:

          - The card has expired or been replaced.
          - Your bank blocked a payment from abroad. Lumen charges from the UK.
          - The billing postcode doesn't match the card.

          ## Team workspaces

          Only workspace admins can change the payment method for a Lumen Team workspace, under **Admin console** > **Billing**.
        `,
      },
      'zh-Hans': {
        title: '更新付款方式',
        body: md`
          如果银行卡过期或扣款失败，请及时更新付款信息，以免 Lumen Plus 或 Team 服务中断。

          ## 更换银行卡或 PayPal 账号

          1. 前往**设置** > **账单**，或打开 [lumen.example/billing/payment](https://lumen.example/billing/payment)。
          2. 在**付款方式**下方点击**更新**。
          3. 输入新的银行卡信息，或关联另一个 PayPal 账号。
          4. 点击**保存**。验证银行卡时，银行可能会临时冻结一笔小额款项，几天内会自动解除。

          ## 扣款失败怎么办

          我们会在第 3、5、7 天分别重试扣款，每次都会发邮件通知你，在此期间套餐照常可用。如果全部重试都失败，账号会转为 Lumen Free。你的笔记不会被删除，但超出 Free 设备数量上限的设备会暂停同步，直到你更新付款方式。

          扣款失败的常见原因：

          - 银行卡已过期或已换卡。
          - 银行拦截了境外付款。Lumen 的扣款来自英国。
          - 账单邮编与银行卡登记的信息不符。

          ## Team 工作区

          只有工作区管理员才能在**管理控制台** > **账单**中更改 Lumen Team 工作区的付款方式。
        `,
      },
      'zh-Hant': {
        title: '更新付款方式',
        body: md`
          如果信用卡過期或付款失敗，請更新付款資料，以免 Lumen Plus 或 Team 服務中斷。

          ## 更換信用卡或 PayPal 帳號

          1. 前往**設定** > **帳單**，或開啟 [lumen.example/billing/payment](https://lumen.example/billing/payment)。
          2. 在**付款方式**下方按一下**更新**。
          3. 輸入新的信用卡資料，或連結其他 PayPal 帳號。
          4. 按一下**儲存**。驗證信用卡時，銀行可能會暫時保留一筆小額款項，幾天內就會自動取消。

          ## 付款失敗時

          我們會在第 3、5、7 天重新嘗試扣款，每次都會寄電子郵件通知你，這段期間方案仍可正常使用。如果所有嘗試都失敗，帳號會轉為 Lumen Free。你的筆記不會被刪除，但超出 Free 裝置數量上限的裝置會停止同步，直到你更新付款方式為止。

          付款失敗的常見原因：

          - 信用卡已過期或已換卡。
          - 銀行擋下了海外交易。Lumen 的扣款來自英國。
          - 帳單郵遞區號與信用卡登記的資料不符。

          ## Team 工作區

          只有工作區管理員才能在**管理主控台** > **帳單**中變更 Lumen Team 工作區的付款方式。
        `,
      },
    },
  },
  {
    id: 'art_request_refund',
    collectionId: 'col_billing_plans',
    updatedAt: '2026-10-20T14:00:00.000Z',
    pagePatterns: ['/billing/*'],
    translations: {
      en: {
        title: 'Request a refund',
        body: md`
          We want you to be happy with Lumen. If something isn't right, you can ask for your money back.

          ## Who can get a refund

          - **New subscriptions**: a full refund within 14 days of your first payment for Lumen Plus or Team.
          - **Yearly renewals**: a full refund within 14 days of the renewal date.
          - **Monthly renewals**: usually not refunded, but you can cancel at any time so you aren't charged again.
          - **Duplicate or mistaken charges**: always refunded in full, whenever you notice them.

          ## Request a refund

          1. Go to **Settings** > **Billing** > **Payment history**, or visit [lumen.example/billing/history](https://lumen.example/billing/history).
          2. Find the payment and click **Request refund**.
          3. Tell us briefly why, and click **Send request**.

          We approve most refunds within one working day. The money goes back to your original payment method and usually arrives within 5 to 10 working days, depending on your bank. Your account moves to Lumen Free once the refund is processed.

          ## Bought in the App Store or Google Play?

          We can't refund those payments ourselves. Ask Apple through **Report a Problem**, or Google under **Payments & subscriptions**. See [app store billing](https://lumen.example/help/app-store-billing) for step-by-step help.
        `,
      },
      'zh-Hans': {
        title: '申请退款',
        body: md`
          我们希望你用得满意。如果有任何不如意，可以申请退款。

          ## 哪些情况可以退款

          - **首次订阅**：首次支付 Lumen Plus 或 Team 费用后 14 天内，可全额退款。
          - **年度续费**：续费日起 14 天内，可全额退款。
          - **月度续费**：通常不予退款，但你可以随时取消订阅，之后不会再扣费。
          - **重复扣费或误扣费**：无论何时发现，都会全额退款。

          ## 如何申请退款

          1. 前往**设置** > **账单** > **付款记录**，或打开 [lumen.example/billing/history](https://lumen.example/billing/history)。
          2. 找到对应的付款，点击**申请退款**。
          3. 简单说明原因，然后点击**提交申请**。

          大多数退款会在一个工作日内审核通过。款项会原路退回到你的付款方式，通常 5 到 10 个工作日到账，具体时间取决于你的银行。退款处理完成后，账号会转为 Lumen Free。

          ## 通过 App Store 或 Google Play 购买？

          这类付款无法由我们直接退款。请通过 Apple 的**报告问题**页面，或 Google Play 的**付款和订阅**申请退款。详细步骤请参阅[应用商店账单说明](https://lumen.example/help/app-store-billing)。
        `,
      },
      'zh-Hant': {
        title: '申請退款',
        body: md`
          我們希望你使用 Lumen 時一切滿意。如果有任何不如預期的地方，可以申請退款。

          ## 哪些情況可以退款

          - **首次訂閱**：首次支付 Lumen Plus 或 Team 費用後 14 天內，可全額退款。
          - **年繳續訂**：續訂日起 14 天內，可全額退款。
          - **月繳續訂**：通常不予退款，但你可以隨時取消訂閱，之後就不會再扣款。
          - **重複扣款或誤扣款**：無論何時發現，都會全額退款。

          ## 如何申請退款

          1. 前往**設定** > **帳單** > **付款紀錄**，或開啟 [lumen.example/billing/history](https://lumen.example/billing/history)。
          2. 找到該筆付款，按一下**申請退款**。
          3. 簡單說明原因，再按一下**送出申請**。

          大部分的退款會在一個工作天內核准。款項會退回你原本的付款方式，視銀行作業時間而定，通常需要 5 到 10 個工作天。退款處理完成後，帳號會轉為 Lumen Free。

          ## 透過 App Store 或 Google Play 購買？

          這類付款無法由我們直接退款。請透過 Apple 的**回報問題**頁面，或 Google Play 的**付款和訂閱**申請退款。詳細步驟請參閱[應用程式商店帳單說明](https://lumen.example/help/app-store-billing)。
        `,
      },
    },
  },
  {
    id: 'art_cancel_subscription',
    collectionId: 'col_billing_plans',
    updatedAt: '2026-10-20T14:30:00.000Z',
    pagePatterns: ['/billing/*'],
    translations: {
      en: {
        title: 'Cancel your subscription',
        body: md`
          You can cancel Lumen Plus at any time. You keep Plus until the end of the period you've paid for, and then your account moves to Lumen Free.

          ## Cancel on the web or desktop

          1. Go to **Settings** > **Billing**, or visit [lumen.example/billing/subscription](https://lumen.example/billing/subscription).
          2. Click **Cancel subscription**.
          3. Tell us why you're leaving if you like, then click **Confirm cancellation**.

          We email you to confirm the date your plan ends. Changed your mind? Click **Resume subscription** any time before that date.

          ## Cancel in the App Store or Google Play

          - **iPhone or iPad**: open **Settings**, tap your name, then **Subscriptions** > **Lumen** > **Cancel Subscription**.
          - **Android**: open Google Play, tap your profile picture, then **Payments & subscriptions** > **Subscriptions** > **Lumen** > **Cancel subscription**.

          ## What happens to your notes

          Nothing is deleted. On Lumen Free you can still read, edit, search and export all your notes. If you use more than two devices, you choose which two keep syncing.

          Cancelling doesn't refund the current period by itself. If you were charged in the last 14 days, you may be able to get your money back: see [Request a refund](https://lumen.example/help/refunds).
        `,
      },
      'zh-Hans': {
        title: '取消订阅',
        body: md`
          你可以随时取消 Lumen Plus。在已付费的周期结束前，你仍然可以使用 Plus，之后账号会转为 Lumen Free。

          ## 在网页版或桌面端取消

          1. 前往**设置** > **账单**，或打开 [lumen.example/billing/subscription](https://lumen.example/billing/subscription)。
          2. 点击**取消订阅**。
          3. 愿意的话告诉我们离开的原因，然后点击**确认取消**。

          我们会发邮件告知套餐的到期日期。改变主意了？在到期之前随时点击**恢复订阅**即可。

          ## 在 App Store 或 Google Play 中取消

          - **iPhone 或 iPad**：打开**设置**，点按你的名字，然后依次选择**订阅** > **Lumen** > **取消订阅**。
          - **Android**：打开 Google Play，点按个人头像，然后依次选择**付款和订阅** > **订阅** > **Lumen** > **取消订阅**。

          ## 笔记会怎样

          什么都不会被删除。使用 Lumen Free 时，你仍然可以查看、编辑、搜索和导出全部笔记。如果你在两台以上的设备上使用 Lumen，可以选择保留哪两台继续同步。

          取消订阅不会自动退还当前周期的费用。如果你在过去 14 天内被扣过费，可能符合退款条件，详见[申请退款](https://lumen.example/help/refunds)。
        `,
      },
      'zh-Hant': {
        title: '取消訂閱',
        body: md`
          你可以隨時取消 Lumen Plus。在已付費的期間結束前，仍可繼續使用 Plus，之後帳號就會轉為 Lumen Free。

          ## 在網頁版或桌面版取消

          1. 前往**設定** > **帳單**，或開啟 [lumen.example/billing/subscription](https://lumen.example/billing/subscription)。
          2. 按一下**取消訂閱**。
          3. 如果願意，可以告訴我們離開的原因，再按一下**確認取消**。

          我們會寄電子郵件告知方案的到期日。改變心意了嗎？在到期日之前隨時按一下**恢復訂閱**即可。

          ## 在 App Store 或 Google Play 中取消

          - **iPhone 或 iPad**：開啟**設定**，點一下你的名稱，再依序選擇**訂閱項目** > **Lumen** > **取消訂閱**。
          - **Android**：開啟 Google Play，點一下個人資料相片，再依序選擇**付款和訂閱** > **訂閱** > **Lumen** > **取消訂閱**。

          ## 筆記會如何處理

          所有內容都不會被刪除。使用 Lumen Free 時，你仍然可以閱讀、編輯、搜尋和匯出所有筆記。如果你在兩部以上的裝置上使用 Lumen，可以選擇要保留哪兩部繼續同步。

          取消訂閱不會自動退還目前期間的費用。如果你在過去 14 天內有被扣款，可能符合退款資格，詳情請參閱[申請退款](https://lumen.example/help/refunds)。
        `,
      },
    },
  },
  {
    id: 'art_invoices',
    collectionId: 'col_billing_plans',
    updatedAt: '2026-07-08T13:15:00.000Z',
    pagePatterns: ['/billing/*'],
    translations: {
      en: {
        title: 'Download invoices and receipts',
        body: md`
          Every payment to Lumen comes with a receipt by email. You can also download invoices for your records or your accounts team at any time.

          ## Download an invoice

          1. Go to **Settings** > **Billing** > **Payment history**, or visit [lumen.example/billing/history](https://lumen.example/billing/history).
          2. Find the payment and click **Download PDF**.

          To download several at once, select them and click **Download selected** to get a .zip file.

          ## Add your company details or VAT number

          1. In **Settings** > **Billing**, click **Edit billing details**.
          2. Add your company name, address and VAT or tax ID.
          3. Click **Save**.

          New invoices include these details. To update an invoice you've already received, click **Regenerate** next to it in your payment history. This works for invoices from the last 12 months.

          ## Send receipts to someone else

          Under **Billing contacts**, add the email address of your finance team. They get a copy of every receipt without needing access to your notes.

          For App Store and Google Play purchases, receipts come from Apple or Google.
        `,
      },
      'zh-Hans': {
        title: '下载发票和收据',
        body: md`
          每次向 Lumen 付款后，你都会收到一封收据邮件。你也可以随时下载发票，用于存档或交给财务部门。

          ## 下载发票

          1. 前往**设置** > **账单** > **付款记录**，或打开 [lumen.example/billing/history](https://lumen.example/billing/history)。
          2. 找到对应的付款，点击**下载 PDF**。

          如需一次下载多张，勾选后点击**下载所选项**，即可得到一个 .zip 压缩包。

          ## 添加公司信息或税号

          1. 在**设置** > **账单**中，点击**编辑账单信息**。
          2. 填写公司名称、地址以及增值税号或其他税号。
          3. 点击**保存**。

          之后开具的发票都会包含这些信息。如需更新已开具的发票，请在付款记录中点击该发票旁的**重新生成**。此操作适用于最近 12 个月内的发票。

          ## 把收据发给其他人

          在**账单联系人**中添加财务团队的邮箱。他们会收到每一张收据的副本，而无需访问你的笔记。

          通过 App Store 或 Google Play 购买时，收据由 Apple 或 Google 发送。
        `,
      },
      'zh-Hant': {
        title: '下載帳單和收據',
        body: md`
          每次付款給 Lumen 後，你都會收到一封收據電子郵件。你也可以隨時下載帳單，方便存檔或交給會計部門。

          ## 下載帳單

          1. 前往**設定** > **帳單** > **付款紀錄**，或開啟 [lumen.example/billing/history](https://lumen.example/billing/history)。
          2. 找到該筆付款，按一下**下載 PDF**。

          如果要一次下載多份，請勾選後按一下**下載所選項目**，就會取得一個 .zip 壓縮檔。

          ## 加入公司資料或統一編號

          1. 在**設定** > **帳單**中，按一下**編輯帳單資料**。
          2. 填寫公司名稱、地址，以及統一編號或其他稅籍編號。
          3. 按一下**儲存**。

          之後開立的帳單都會包含這些資料。若要更新已收到的帳單，請在付款紀錄中按一下該帳單旁的**重新產生**。這項操作適用於最近 12 個月內的帳單。

          ## 將收據寄給其他人

          在**帳單聯絡人**中加入財務團隊的電子郵件地址。他們會收到每一份收據的副本，而且不需要存取你的筆記。

          透過 App Store 或 Google Play 購買時，收據會由 Apple 或 Google 寄送。
        `,
      },
    },
  },
  // Sharing & teams
  {
    id: 'art_share_note',
    collectionId: 'col_sharing_teams',
    updatedAt: '2026-03-25T10:00:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Share a note with a link',
        body: md`
          Share a note with anyone, even people who don't use Lumen, by sending them a link.

          ## Create a link

          1. Open the note and click **Share** in the top-right corner.
          2. Turn on **Share with link**.
          3. Choose what people with the link can do: **View** or **Comment**.
          4. Click **Copy link** and send it by email, chat or however you like.

          People who open the link always see the latest version of the note.

          ## Extra protection

          With Lumen Plus or Team you can also:

          - Set a password that people must enter to open the link.
          - Choose an expiry date, after which the link stops working.
          - Stop people from downloading attachments.

          ## Stop sharing

          Open **Share** again and turn off **Share with link**. The link stops working straight away. To see all your shared links in one place, go to **Settings** > **Sharing** or [lumen.example/account/sharing](https://lumen.example/account/sharing).

          Want people to edit as well? [Invite them to a shared notebook](https://lumen.example/help/shared-notebooks) instead.
        `,
      },
      'zh-Hans': {
        title: '通过链接分享笔记',
        body: md`
          只要发送一个链接，就能把笔记分享给任何人，即使对方不使用 Lumen。

          ## 创建分享链接

          1. 打开笔记，点击右上角的**分享**。
          2. 开启**通过链接分享**。
          3. 选择拿到链接的人可以做什么：**查看**或**评论**。
          4. 点击**复制链接**，然后通过邮件、聊天工具等任意方式发送。

          打开链接的人看到的始终是笔记的最新版本。

          ## 更多保护措施

          使用 Lumen Plus 或 Team 时，你还可以：

          - 设置访问密码，对方需要输入密码才能打开链接。
          - 设置有效期，过期后链接自动失效。
          - 禁止他人下载附件。

          ## 停止分享

          再次打开**分享**，关闭**通过链接分享**，链接会立即失效。如需集中查看所有分享链接，请前往**设置** > **分享**，或打开 [lumen.example/account/sharing](https://lumen.example/account/sharing)。

          希望对方也能编辑？请改为[邀请他们加入共享笔记本](https://lumen.example/help/shared-notebooks)。
        `,
      },
      'zh-Hant': {
        title: '透過連結分享筆記',
        body: md`
          只要傳送一個連結，就能把筆記分享給任何人，即使對方沒有使用 Lumen 也沒問題。

          ## 建立分享連結

          1. 開啟筆記，按一下右上角的**分享**。
          2. 開啟**透過連結分享**。
          3. 選擇取得連結的人可以做什麼：**檢視**或**留言**。
          4. 按一下**複製連結**，再透過電子郵件、聊天 App 或任何方式傳送。

          開啟連結的人看到的一律是筆記的最新版本。

          ## 更多保護措施

          使用 Lumen Plus 或 Team 時，你還可以：

          - 設定存取密碼，對方必須輸入密碼才能開啟連結。
          - 設定到期日，過了這天連結就會失效。
          - 禁止他人下載附件。

          ## 停止分享

          再次開啟**分享**，關閉**透過連結分享**，連結就會立即失效。若要一次查看所有分享連結，請前往**設定** > **分享**，或開啟 [lumen.example/account/sharing](https://lumen.example/account/sharing)。

          希望對方也能編輯嗎？請改為[邀請他們加入共用筆記本](https://lumen.example/help/shared-notebooks)。
        `,
      },
    },
  },
  {
    id: 'art_shared_notebooks',
    collectionId: 'col_sharing_teams',
    updatedAt: '2026-03-25T10:40:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Collaborate in a shared notebook',
        body: md`
          Shared notebooks let several people write and edit notes together. Everyone sees changes live, with each person's cursor in a different colour.

          ## Invite people

          1. Right-click the notebook in the sidebar and choose **Share notebook**.
          2. Enter the email addresses of the people you want to invite.
          3. Pick a role: **Can view**, **Can comment**, **Can edit** or **Can manage**. See [sharing permissions](https://lumen.example/help/permissions).
          4. Add a message if you like, and click **Send invite**.

          People who don't have Lumen yet can create a free account from the invitation. On Lumen Free you can invite up to 3 people to each notebook; on Plus, up to 50.

          ## Work together

          - Type **@** and a name to mention someone. They get a notification with a link to the note.
          - Select text and click **Comment** to start a discussion without changing the note.
          - Open **⋯** > **Activity** to see who changed what, and when.

          ## Leave a shared notebook

          Right-click the notebook and choose **Leave notebook**. The notes stay with the owner and everyone else.
        `,
      },
      'zh-Hans': {
        title: '在共享笔记本中协作',
        body: md`
          共享笔记本让多人可以一起撰写和编辑笔记。所有人都能实时看到修改，每个人的光标以不同颜色显示。

          ## 邀请他人

          1. 在侧边栏中右键点击笔记本，选择**共享笔记本**。
          2. 输入要邀请的人的邮箱地址。
          3. 选择角色：**可查看**、**可评论**、**可编辑**或**可管理**。详见[共享权限说明](https://lumen.example/help/permissions)。
          4. 按需附上留言，然后点击**发送邀请**。

          还没有 Lumen 账号的人可以直接通过邀请注册一个免费账号。Lumen Free 每个笔记本最多可邀请 3 人，Plus 最多 50 人。

          ## 一起工作

          - 输入 **@** 加姓名即可提及某人，对方会收到一条带有笔记链接的通知。
          - 选中文字后点击**评论**，可以在不改动笔记的情况下展开讨论。
          - 打开 **⋯** > **动态**，查看谁在什么时候改了什么。

          ## 退出共享笔记本

          右键点击笔记本，选择**退出笔记本**。笔记会继续保留给所有者和其他成员。
        `,
      },
      'zh-Hant': {
        title: '在共用筆記本中協作',
        body: md`
          共用筆記本可以讓多人一起撰寫和編輯筆記。所有人都能即時看到修改內容，每個人的游標會以不同顏色顯示。

          ## 邀請其他人

          1. 在側邊欄的筆記本上按右鍵，選擇**共用筆記本**。
          2. 輸入要邀請對象的電子郵件地址。
          3. 選擇角色：**可檢視**、**可留言**、**可編輯**或**可管理**。請參閱[共用權限說明](https://lumen.example/help/permissions)。
          4. 視需要加上訊息，再按一下**傳送邀請**。

          還沒有 Lumen 帳號的人，可以直接透過邀請建立免費帳號。Lumen Free 每個筆記本最多可邀請 3 人，Plus 最多 50 人。

          ## 一起工作

          - 輸入 **@** 和名字即可提及某人，對方會收到附有筆記連結的通知。
          - 選取文字後按一下**留言**，不必更動筆記就能展開討論。
          - 開啟 **⋯** > **活動**，查看誰在什麼時候改了什麼。

          ## 離開共用筆記本

          在筆記本上按右鍵，選擇**離開筆記本**。筆記會繼續保留給擁有者和其他成員。
        `,
      },
    },
  },
  {
    id: 'art_sharing_permissions',
    collectionId: 'col_sharing_teams',
    updatedAt: '2026-04-09T15:00:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Sharing permissions explained',
        body: md`
          Everyone in a shared notebook has one role, and the role decides what they can do with the notes inside.

          ## Roles

          - **Can view**: read notes and download attachments.
          - **Can comment**: everything viewers can do, plus add and reply to comments.
          - **Can edit**: create, edit, tag and move notes in the notebook, and move notes to the trash.
          - **Can manage**: everything editors can do, plus invite people, change roles and remove people.
          - **Owner**: the person who created the notebook. Only the owner can delete the notebook.

          ## Change someone's role

          1. Right-click the notebook and choose **Share notebook**.
          2. Click the role next to the person's name.
          3. Choose a new role, or **Remove access**.

          Changes take effect immediately on all their devices.

          ## Transfer ownership

          Choose **Make owner** next to the person's name. They must already have **Can manage**. You become a manager, and the new owner can remove you.

          On Lumen Team, admins can limit the highest role that people outside your organisation can have. See [team sharing settings](https://lumen.example/help/team-sharing).
        `,
      },
      'zh-Hans': {
        title: '共享权限说明',
        body: md`
          共享笔记本中的每个人都有一个角色，角色决定了他们可以对其中的笔记做什么。

          ## 角色

          - **可查看**：阅读笔记、下载附件。
          - **可评论**：拥有查看者的全部权限，还可以添加和回复评论。
          - **可编辑**：在笔记本中新建、编辑、添加标签、移动笔记，以及把笔记移到回收站。
          - **可管理**：拥有编辑者的全部权限，还可以邀请成员、更改角色和移除成员。
          - **所有者**：创建笔记本的人。只有所有者可以删除笔记本。

          ## 更改某人的角色

          1. 右键点击笔记本，选择**共享笔记本**。
          2. 点击对方姓名旁边的角色。
          3. 选择新的角色，或选择**移除访问权限**。

          更改会立即在对方的所有设备上生效。

          ## 转让所有权

          在对方姓名旁边选择**设为所有者**。对方必须已经拥有**可管理**权限。转让后你会变为管理者，新的所有者可以将你移除。

          在 Lumen Team 中，管理员可以限制组织外部人员能获得的最高角色。详见[团队共享设置](https://lumen.example/help/team-sharing)。
        `,
      },
      'zh-Hant': {
        title: '共用權限說明',
        body: md`
          共用筆記本中的每個人都有一個角色，角色決定了他們能對其中的筆記做哪些事。

          ## 角色

          - **可檢視**：閱讀筆記、下載附件。
          - **可留言**：具備檢視者的所有權限，還可以新增和回覆留言。
          - **可編輯**：在筆記本中建立、編輯、加上標籤和移動筆記，也能把筆記移到垃圾桶。
          - **可管理**：具備編輯者的所有權限，還能邀請成員、變更角色和移除成員。
          - **擁有者**：建立筆記本的人。只有擁有者能刪除筆記本。

          ## 變更某人的角色

          1. 在筆記本上按右鍵，選擇**共用筆記本**。
          2. 按一下對方名字旁的角色。
          3. 選擇新的角色，或選擇**移除存取權**。

          變更會立即在對方所有的裝置上生效。

          ## 轉移擁有權

          在對方名字旁選擇**設為擁有者**。對方必須已經具備**可管理**權限。轉移後你會成為管理者，新的擁有者也可以將你移除。

          在 Lumen Team 中，管理員可以限制組織外部人員所能取得的最高角色。請參閱[團隊共用設定](https://lumen.example/help/team-sharing)。
        `,
      },
    },
  },
  {
    id: 'art_set_up_team',
    collectionId: 'col_sharing_teams',
    updatedAt: '2026-02-10T09:00:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Set up a Lumen Team workspace',
        body: md`
          Lumen Team gives your organisation shared spaces for notes, central billing and admin controls.

          ## Create a workspace

          1. Go to [lumen.example/pricing](https://lumen.example/pricing) and choose **Start Team**.
          2. Name your workspace and choose its web address.
          3. Enter the number of seats and your payment details. You can start a 14-day free trial without a card.
          4. Click **Create workspace**.

          You become the workspace's first admin.

          ## Add spaces

          Spaces are shared areas where whole teams keep their notebooks, for example **Marketing** or **Engineering**. In the sidebar, click **+** next to **Spaces**, name the space and choose who can join.

          ## Bring your existing notes

          If you already use Lumen Free or Plus with the same email address, you can move your personal notes into the workspace. Any unused time on a personal Plus subscription is refunded, pro rata, to your original payment method.

          ## Next steps

          - [Invite your team](https://lumen.example/help/team-members).
          - Require two-factor authentication for everyone in **Admin console** > **Security**.
          - Add your VAT number for invoices in **Admin console** > **Billing**.
        `,
      },
      'zh-Hans': {
        title: '创建 Lumen Team 工作区',
        body: md`
          Lumen Team 为你的组织提供共享的笔记空间、统一的账单管理和管理员控制功能。

          ## 创建工作区

          1. 打开 [lumen.example/pricing](https://lumen.example/pricing)，选择**开始使用 Team**。
          2. 为工作区命名，并设置它的网址。
          3. 输入席位数量和付款信息。你也可以不绑定银行卡，先开始 14 天免费试用。
          4. 点击**创建工作区**。

          你会成为这个工作区的第一位管理员。

          ## 添加空间

          空间是团队共用的区域，整个团队的笔记本都可以放在里面，例如**市场部**或**研发部**。在侧边栏中点击**空间**旁边的 **+**，为空间命名并选择谁可以加入。

          ## 迁移现有笔记

          如果你已经在用同一个邮箱使用 Lumen Free 或 Plus，可以把个人笔记移到工作区中。个人 Plus 订阅中尚未使用的时间会按比例退款，退回到你原来的付款方式。

          ## 接下来

          - [邀请团队成员](https://lumen.example/help/team-members)。
          - 在**管理控制台** > **安全**中要求所有人开启双重验证。
          - 在**管理控制台** > **账单**中添加用于发票的增值税号。
        `,
      },
      'zh-Hant': {
        title: '建立 Lumen Team 工作區',
        body: md`
          Lumen Team 能為你的組織提供共用的筆記空間、集中管理的帳單，以及管理員控制功能。

          ## 建立工作區

          1. 前往 [lumen.example/pricing](https://lumen.example/pricing)，選擇**開始使用 Team**。
          2. 為工作區命名，並設定它的網址。
          3. 輸入席次數量和付款資料。你也可以先不綁定信用卡，開始 14 天免費試用。
          4. 按一下**建立工作區**。

          你會成為這個工作區的第一位管理員。

          ## 新增空間

          空間是團隊共用的區域，整個團隊的筆記本都可以放在裡面，例如**行銷部**或**工程部**。在側邊欄按一下**空間**旁的 **+**，為空間命名並選擇誰可以加入。

          ## 搬移現有筆記

          如果你已經用同一個電子郵件地址使用 Lumen Free 或 Plus，可以把個人筆記移到工作區。個人 Plus 訂閱尚未使用的期間會按比例退款，退回你原本的付款方式。

          ## 接下來

          - [邀請團隊成員](https://lumen.example/help/team-members)。
          - 在**管理主控台** > **安全性**中要求所有人開啟雙重驗證。
          - 在**管理主控台** > **帳單**中加入開立帳單用的統一編號或增值稅號。
        `,
      },
    },
  },
  {
    id: 'art_team_members',
    collectionId: 'col_sharing_teams',
    updatedAt: '2026-02-10T09:45:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Add and remove team members',
        body: md`
          Admins manage who belongs to a Lumen Team workspace in the **Admin console**.

          ## Invite members

          1. Open **Admin console** > **Members**.
          2. Click **Invite members** and enter one or more email addresses, or upload a CSV file.
          3. Choose a role: **Member** or **Admin**.
          4. Click **Send invites**.

          Each member uses one seat. If you don't have enough seats, Lumen adds them and charges a prorated amount for the rest of your billing year. To let anyone with your company email address join, turn on **Allow sign-up from your domain**.

          ## Remove a member

          1. In **Members**, click **⋯** next to the person's name and choose **Remove from workspace**.
          2. Choose who takes over their notes in team spaces. Their private notes can be transferred to an admin or deleted.
          3. Click **Remove**.

          The person is signed out of the workspace immediately, and their seat is free for someone new. Removing a member doesn't refund the seat, but you can lower the number of seats at your next renewal under **Admin console** > **Billing**.

          Admins can't see members' passwords, but they can send a password reset email from the member's profile. See [managing a workspace](https://lumen.example/help/team-admin).
        `,
      },
      'zh-Hans': {
        title: '添加和移除团队成员',
        body: md`
          管理员可以在**管理控制台**中管理 Lumen Team 工作区的成员。

          ## 邀请成员

          1. 打开**管理控制台** > **成员**。
          2. 点击**邀请成员**，输入一个或多个邮箱地址，也可以上传 CSV 文件。
          3. 选择角色：**成员**或**管理员**。
          4. 点击**发送邀请**。

          每位成员占用一个席位。如果席位不够，Lumen 会自动增加，并按当前计费年度的剩余时间按比例收费。如果想让所有使用公司邮箱的人都能加入，请开启**允许本域名邮箱注册**。

          ## 移除成员

          1. 在**成员**中，点击对方姓名旁的 **⋯**，选择**从工作区移除**。
          2. 选择由谁接管对方在团队空间中的笔记。对方的私人笔记可以转给管理员，也可以删除。
          3. 点击**移除**。

          对方会立即退出工作区，空出的席位可以分配给新成员。移除成员不会退还席位费用，但你可以在下次续费时，通过**管理控制台** > **账单**减少席位数量。

          管理员无法查看成员的密码，但可以在成员资料页中为对方发送密码重置邮件。详见[工作区管理指南](https://lumen.example/help/team-admin)。
        `,
      },
      'zh-Hant': {
        title: '新增和移除團隊成員',
        body: md`
          管理員可以在**管理主控台**中管理 Lumen Team 工作區的成員。

          ## 邀請成員

          1. 開啟**管理主控台** > **成員**。
          2. 按一下**邀請成員**，輸入一或多個電子郵件地址，也可以上傳 CSV 檔案。
          3. 選擇角色：**成員**或**管理員**。
          4. 按一下**傳送邀請**。

          每位成員會佔用一個席次。如果席次不足，Lumen 會自動增加，並依目前計費年度的剩餘期間按比例收費。若想讓所有使用公司電子郵件地址的人都能加入，請開啟**允許公司網域註冊**。

          ## 移除成員

          1. 在**成員**中，按一下對方名字旁的 **⋯**，選擇**從工作區移除**。
          2. 選擇由誰接手對方在團隊空間中的筆記。對方的私人筆記可以轉移給管理員，也可以刪除。
          3. 按一下**移除**。

          對方會立即從工作區登出，空出的席次可以分配給新成員。移除成員不會退還席次費用，但你可以在下次續訂時，透過**管理主控台** > **帳單**減少席次數量。

          管理員無法查看成員的密碼，但可以從成員的個人資料頁面寄送密碼重設信。請參閱[工作區管理指南](https://lumen.example/help/team-admin)。
        `,
      },
    },
  },
  {
    id: 'art_team_two_factor',
    collectionId: 'col_sharing_teams',
    updatedAt: '2026-08-03T14:10:00.000Z',
    pagePatterns: [],
    translations: {
      en: {
        title: 'Require two-factor authentication for your team',
        body: md`
          Workspace admins can make two-factor authentication (2FA) mandatory for everyone. This protects your organisation's notes even if a member's password leaks.

          ## Turn on the requirement

          1. Make sure your own account has [two-factor authentication](https://lumen.example/help/two-factor) turned on.
          2. Open **Admin console** > **Security**.
          3. Turn on **Require two-factor authentication**.
          4. Choose a grace period: members without 2FA can keep working for 1, 3 or 7 days while they set it up.
          5. Click **Save**.

          Members without 2FA get an email and a banner in the app with setup instructions. When the grace period ends, they can't open the workspace until they turn it on.

          ## Check who's set up

          The **Members** list has a **2FA** column. Filter it to **Off** to see who still needs to act, and click **Send reminder**.

          ## Help a member who lost their phone

          Admins can reset 2FA for a member from **Members** > **⋯** > **Reset two-factor authentication**. The member then signs in with their password and sets up 2FA again. Before you reset it, confirm the request with the person directly, not only by email.
        `,
      },
      'zh-Hans': {
        title: '要求团队成员开启双重验证',
        body: md`
          工作区管理员可以要求所有成员必须开启双重验证（2FA）。这样即使某位成员的密码泄露，组织的笔记依然安全。

          ## 开启强制要求

          1. 确认你自己的账号已开启[双重验证](https://lumen.example/help/two-factor)。
          2. 打开**管理控制台** > **安全**。
          3. 开启**要求双重验证**。
          4. 选择宽限期：尚未开启 2FA 的成员可以在 1、3 或 7 天内继续使用，同时完成设置。
          5. 点击**保存**。

          尚未开启 2FA 的成员会收到一封邮件，并在应用中看到附有设置说明的提示。宽限期结束后，他们必须先开启双重验证才能进入工作区。

          ## 查看谁已完成设置

          **成员**列表中有一列 **2FA**。筛选出**未开启**的成员，即可看到还有谁需要处理，并可点击**发送提醒**。

          ## 帮助丢失手机的成员

          管理员可以在**成员** > **⋯** > **重置双重验证**中为成员重置 2FA。之后对方用密码登录，再重新设置双重验证即可。重置之前，请直接与本人核实这项请求，不要只凭一封邮件就操作。
        `,
      },
      'zh-Hant': {
        title: '要求團隊成員開啟雙重驗證',
        body: md`
          工作區管理員可以規定所有成員都必須開啟雙重驗證（2FA）。這樣即使某位成員的密碼外洩，組織的筆記依然安全。

          ## 開啟強制要求

          1. 確認你自己的帳號已開啟[雙重驗證](https://lumen.example/help/two-factor)。
          2. 開啟**管理主控台** > **安全性**。
          3. 開啟**要求雙重驗證**。
          4. 選擇寬限期：尚未開啟 2FA 的成員可以在 1、3 或 7 天內繼續使用，同時完成設定。
          5. 按一下**儲存**。

          尚未開啟 2FA 的成員會收到一封電子郵件，並在 App 中看到附有設定說明的橫幅。寬限期結束後，他們必須先開啟雙重驗證才能進入工作區。

          ## 查看誰已完成設定

          **成員**清單中有一欄 **2FA**。篩選出**未開啟**的成員，就能看到還有誰需要處理，並可按一下**傳送提醒**。

          ## 協助遺失手機的成員

          管理員可以從**成員** > **⋯** > **重設雙重驗證**為成員重設 2FA。之後對方用密碼登入，再重新設定雙重驗證即可。重設之前，請直接與本人確認這項要求，不要只憑一封電子郵件就處理。
        `,
      },
    },
  },
];

/**
 * When Lumen's support team answers the demo widget `wk_demo`: weekdays 09:00-17:30 and Saturday mornings,
 * London time, usually within two hours.
 */
export const lumenBusinessHours: SeedBusinessHours = {
  widgetKey: 'wk_demo',
  timeZone: 'Europe/London',
  weekly: [
    { day: 1, opens: '09:00', closes: '17:30' },
    { day: 2, opens: '09:00', closes: '17:30' },
    { day: 3, opens: '09:00', closes: '17:30' },
    { day: 4, opens: '09:00', closes: '17:30' },
    { day: 5, opens: '09:00', closes: '17:30' },
    { day: 6, opens: '10:00', closes: '14:00' },
  ],
  expectedReplyMinutes: 120,
};

/**
 * Proactive messages of the demo widget `wk_demo`: one on the pricing page and one on the security settings
 * page, each offering the articles that answer the usual questions there.
 */
export const lumenTriggers: readonly SeedTrigger[] = [
  {
    id: 'trg_pricing_help',
    widgetKey: 'wk_demo',
    pagePattern: '/pricing*',
    secondsOnPage: 20,
    oncePerVisitor: true,
    message: {
      en: 'Not sure which plan suits you? Ask us anything. Every paid plan comes with a 14-day money-back guarantee.',
      'zh-Hans': '不确定哪个套餐适合你？有任何问题都可以问我们。所有付费套餐均提供 14 天退款保障。',
      'zh-Hant': '不確定哪種方案適合你嗎？有任何問題都歡迎問我們。所有付費方案都享有 14 天退款保證。',
    },
    articleIds: ['art_compare_plans', 'art_request_refund'],
  },
  {
    id: 'trg_security_settings',
    widgetKey: 'wk_demo',
    pagePattern: '/settings/security*',
    secondsOnPage: 30,
    oncePerVisitor: true,
    message: {
      en: 'Setting up two-factor authentication or changing your password? These guides walk you through it, and we’re here if you get stuck.',
      'zh-Hans': '正在设置双重验证或修改密码？这些指南会一步步带你完成，遇到问题随时找我们。',
      'zh-Hant': '正在設定雙重驗證或變更密碼嗎？這些指南會一步步帶你完成，遇到問題隨時找我們。',
    },
    articleIds: ['art_two_factor', 'art_reset_password'],
  },
];

/**
 * Tickets the demo widget `wk_demo` starts with, one in each open-to-solved status, so that the ticket lookup
 * form has something to find; `PRL-4821` (ada@example.com) is the one the docs and examples use.
 */
export const lumenTickets: readonly SeedTicket[] = [
  {
    widgetKey: 'wk_demo',
    reference: 'PRL-4821',
    accessKey: '870IoLl1nG5vbLP9f4-gmzgtTH9Rffsl',
    email: 'ada@example.com',
    name: 'Ada Okafor',
    subject: "Notes from my iPad aren't showing up on my laptop",
    locale: 'en',
    status: 'waiting_on_customer',
    statusHistory: [
      { status: 'received', at: '2026-10-27T08:42:13.000Z' },
      { status: 'open', at: '2026-10-27T10:05:31.000Z' },
      { status: 'waiting_on_customer', at: '2026-10-27T10:18:40.000Z' },
    ],
    comments: [
      {
        author: 'customer',
        authorName: 'Ada Okafor',
        text: "Hi, since yesterday evening the notes I write on my iPad don't appear on my MacBook. The iPad shows a little cloud icon that never goes away. Both are signed in with ada@example.com and I'm on Lumen Plus. Could you help?",
        createdAt: '2026-10-27T08:42:13.000Z',
      },
      {
        author: 'agent',
        authorName: 'Priya from Lumen',
        text: 'Hi Ada, thanks for the details, and sorry for the trouble. A cloud icon that stays usually means one change is stuck uploading, often a large attachment.\n\nCould you try this on the iPad:\n\n1. Open **Settings** > **Sync** and tap **Show pending changes**.\n2. Let me know which note is listed there, and whether it has a large attachment.\n\nIf you can, please also send a sync report from the Mac (**Help** > **Troubleshooting** > **Create sync report**). It only contains logs, not your notes.\n\nBest,\nPriya',
        createdAt: '2026-10-27T10:18:40.000Z',
      },
    ],
    createdAt: '2026-10-27T08:42:13.000Z',
  },
  {
    widgetKey: 'wk_demo',
    reference: 'PRL-4907',
    accessKey: 'oGlYeji28tdjgfDaeaQ8yVzbQnmw3567',
    email: 'tom.hughes@example.com',
    name: 'Tom Hughes',
    subject: 'Charged twice for my yearly Plus renewal',
    locale: 'en',
    status: 'received',
    statusHistory: [{ status: 'received', at: '2026-11-03T19:26:51.000Z' }],
    comments: [
      {
        author: 'customer',
        authorName: 'Tom Hughes',
        text: 'Hello, my card statement shows two payments of £49.00 from Lumen on 2 November, but I only have one account (this email address). Please could you refund the duplicate payment?\n\nThanks,\nTom',
        createdAt: '2026-11-03T19:26:51.000Z',
      },
    ],
    createdAt: '2026-11-03T19:26:51.000Z',
  },
  {
    widgetKey: 'wk_demo',
    reference: 'PRL-4750',
    accessKey: 'OICDZFa-7p_q9aViW_L0HW_1IUeVcnE-',
    email: 'lin.xiaoyu@example.com',
    name: '林晓雨',
    subject: '年度订阅自动续费了，想申请退款',
    locale: 'zh-Hans',
    status: 'solved',
    statusHistory: [
      { status: 'received', at: '2026-10-12T02:14:05.000Z' },
      { status: 'open', at: '2026-10-12T08:31:22.000Z' },
      { status: 'solved', at: '2026-10-13T09:02:27.000Z' },
    ],
    comments: [
      {
        author: 'customer',
        authorName: '林晓雨',
        text: '你好，我的 Lumen Plus 年度订阅昨天自动续费了 £49，但我最近已经不怎么用了，忘了提前取消。请问还能退款吗？谢谢！',
        createdAt: '2026-10-12T02:14:05.000Z',
      },
      {
        author: 'agent',
        authorName: '陈静（Lumen 客服）',
        text: '你好，晓雨：\n\n感谢来信。年度续费在续费日起 14 天内都可以申请全额退款，你的情况符合条件。我们已经为你办理了退款，并关闭了自动续费。\n\n款项会原路退回到你的付款卡，通常 5 到 10 个工作日到账。退款完成后，账号会转为 Lumen Free，所有笔记都会完整保留。\n\n如果还有其他问题，直接回复即可。\n\n陈静',
        createdAt: '2026-10-12T08:40:12.000Z',
      },
      {
        author: 'customer',
        authorName: '林晓雨',
        text: '收到了，谢谢你们这么快就处理好了！',
        createdAt: '2026-10-13T01:15:33.000Z',
      },
    ],
    createdAt: '2026-10-12T02:14:05.000Z',
  },
  {
    widgetKey: 'wk_demo',
    reference: 'PRL-4863',
    accessKey: 'JU2DdILInxF2CJ9lDazZVaWoQLAezC03',
    email: 'sam.rivera@example.com',
    name: 'Sam Rivera',
    subject: 'Authenticator codes rejected when turning on 2FA',
    locale: 'en',
    status: 'open',
    statusHistory: [
      { status: 'received', at: '2026-10-30T14:03:22.000Z' },
      { status: 'open', at: '2026-10-30T14:47:09.000Z' },
    ],
    comments: [
      {
        author: 'customer',
        authorName: 'Sam Rivera',
        text: 'I\'m trying to turn on two-factor authentication. I scanned the QR code with Google Authenticator, but every code I enter gets "Invalid code". I\'ve tried five or six times now.',
        createdAt: '2026-10-30T14:03:22.000Z',
      },
      {
        author: 'agent',
        authorName: 'Marcus from Lumen',
        text: "Hi Sam, thanks for getting in touch. This almost always happens when the phone's clock is slightly off, because the codes change every 30 seconds. Could you turn on **Set automatically** for the date and time on your phone and try again? If it still fails, let me know which phone you're using and I'll dig deeper.",
        createdAt: '2026-10-30T14:47:09.000Z',
      },
      {
        author: 'customer',
        authorName: 'Sam Rivera',
        text: 'That fixed it, 2FA is on now. But the Windows app asks me for a code every time I open it, even though I ticked **Trust this device for 30 days**. Is that expected?',
        createdAt: '2026-10-30T16:20:45.000Z',
      },
    ],
    createdAt: '2026-10-30T14:03:22.000Z',
  },
];
