<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ApplicantForm</name>
        <message>
            <source>Person</source>
            <translation>自然人</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>法人或其他组织</translation>
        </message>
        <message>
            <source>type or scan the ID number</source>
            <translation>输入或扫描证件号码</translation>
        </message>
        <message>
            <source>Applicant type</source>
            <translation>申请人类型</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称/姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Agent (代理人)</source>
            <translation>代理人</translation>
        </message>
        <message>
            <source>Letter of authorisation</source>
            <translation>授权委托书</translation>
        </message>
        <message>
            <source>Authorisation</source>
            <translation>授权材料</translation>
        </message>
    </context>
    <context>
        <name>CaseListPanel</name>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>查询</translation>
        </message>
        <message>
            <source>From</source>
            <translation>收件日期</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>窗口</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>办理结果</translation>
        </message>
        <message>
            <source>Print acceptance notices (one job)…</source>
            <translation>批量打印受理通知书…</translation>
        </message>
        <message>
            <source>Save acceptance notices as one PDF…</source>
            <translation>受理通知书合并为一个 PDF…</translation>
        </message>
        <message>
            <source>Reprint one (补打)…</source>
            <translation>补打一份…</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>共 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the cases first.</source>
            <translation>请先选择办件。</translation>
        </message>
        <message>
            <source>Acceptance notices</source>
            <translation>受理通知书</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Select exactly one case to reprint.</source>
            <translation>补打时请只选择一个办件。</translation>
        </message>
    </context>
    <context>
        <name>CasePage</name>
        <message>
            <source>Correction visit: only the items on the one-time notice</source>
            <translation>补正：仅核验一次性告知书所列材料</translation>
        </message>
        <message>
            <source>Issue the one-time notice</source>
            <translation>出具一次性告知书</translation>
        </message>
        <message>
            <source>Record correction</source>
            <translation>登记补正</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Preview and print…</source>
            <translation>预览并打印…</translation>
        </message>
        <message>
            <source>Case %1 — %2</source>
            <translation>办件 %1 — %2</translation>
        </message>
        <message>
            <source> (issued: a new print is marked 补打)</source>
            <translation>（已出具，再次打印将标注“补打”）</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收件日期</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>Statutory due</source>
            <translation>法定办结日期</translation>
        </message>
        <message>
            <source>Promised due</source>
            <translation>承诺办结日期</translation>
        </message>
        <message>
            <source>Window / clerk</source>
            <translation>窗口 / 经办人</translation>
        </message>
        <message>
            <source>Notice due by</source>
            <translation>一次性告知期限</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>办理结果</translation>
        </message>
        <message>
            <source>arrived %1</source>
            <translation>%1 已补正</translation>
        </message>
        <message>
            <source>outstanding</source>
            <translation>待补正</translation>
        </message>
        <message>
            <source>One-time notice of %1</source>
            <translation>%1 出具的一次性告知书</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <source>Case number</source>
            <translation>受理编号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收件日期</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>窗口</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Promised due</source>
            <translation>承诺办结日期</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <source>Choose a matter to edit, or add a new one.</source>
            <translation>请在左侧选择要修改的事项，或新增事项。</translation>
        </message>
        <message>
            <source>New matter</source>
            <translation>新增事项</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <source>Publish new version</source>
            <translation>发布新版本</translation>
        </message>
        <message>
            <source>Departments…</source>
            <translation>部门…</translation>
        </message>
        <message>
            <source>the new matter</source>
            <translation>新增的事项</translation>
        </message>
        <message>
            <source>Discard the unsaved changes to %1?</source>
            <translation>放弃对“%1”的修改吗？</translation>
        </message>
        <message>
            <source>%1 — version %2 in force</source>
            <translation>%1 — 现行第 %2 版</translation>
        </message>
        <message>
            <source>Nothing changed: version %1 stays in force.</source>
            <translation>内容没有变化，仍执行第 %1 版。</translation>
        </message>
        <message>
            <source>Published version %1 of %2. Cases already received keep their version.</source>
            <translation>已发布“%2”第 %1 版。已受理的办件仍按原版本办理。</translation>
        </message>
    </context>
    <context>
        <name>CatalogueFiles</name>
        <message>
            <source>Import file…</source>
            <translation>导入文件…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Blank template…</source>
            <translation>空白模板…</translation>
        </message>
        <message>
            <source>Import catalogue</source>
            <translation>导入事项清单</translation>
        </message>
        <message>
            <source>Catalogue files (*.xlsx *.json)</source>
            <translation>事项清单文件 (*.xlsx *.json)</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>另存为</translation>
        </message>
        <message>
            <source>…and %1 more</source>
            <translation>……另有 %1 处</translation>
        </message>
        <message>
            <source>Nothing was imported from %1:</source>
            <translation>%1 未导入任何内容：</translation>
        </message>
        <message>
            <source>Import only the rows without errors?</source>
            <translation>是否只导入没有错误的行？</translation>
        </message>
        <message>
            <source>Departments: %1 new, %2 changed. Matters: %3 new, %4 changed, %5 unchanged.</source>
            <translation>部门：新增 %1 个，修改 %2 个。事项：新增 %3 个，修改 %4 个，未变 %5 个。</translation>
        </message>
        <message>
            <source>Rows left out:</source>
            <translation>未导入的行：</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
            <translation>Excel 工作簿 (*.xlsx);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Exported %1 matters to %2</source>
            <translation>已导出 %1 个事项到 %2</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Template saved to %1</source>
            <translation>导入模板已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>CataloguePicker</name>
        <message>
            <source>Search: name, pinyin initials (spjy), code or department</source>
            <translation>搜索：名称、拼音首字母（如 spjy）、编码或部门</translation>
        </message>
        <message>
            <source>Loading the catalogue…</source>
            <translation>正在载入事项清单…</translation>
        </message>
        <message>
            <source>The catalogue could not be loaded.</source>
            <translation>无法载入事项清单。</translation>
        </message>
        <message>
            <source>%1 matters in %2 departments</source>
            <translation>%2 个部门共 %1 个事项</translation>
        </message>
        <message>
            <source>%1 (inactive)</source>
            <translation>%1（已停用）</translation>
        </message>
        <message>
            <source>No matter matches “%1”.</source>
            <translation>没有与“%1”相符的事项。</translation>
        </message>
    </context>
    <context>
        <name>ChecklistTable</name>
        <message>
            <source>Material</source>
            <translation>材料</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>要求</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>核验情况</translation>
        </message>
        <message>
            <source>Original/copy</source>
            <translation>原件/复印件</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>CounterQueuePanel</name>
        <message>
            <source>Window %1</source>
            <translation>%1 号窗口</translation>
        </message>
        <message>
            <source>Current ticket</source>
            <translation>当前号码</translation>
        </message>
        <message>
            <source>No ticket called</source>
            <translation>未呼叫号码</translation>
        </message>
        <message>
            <source>Call next</source>
            <translation>呼叫下一位</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>重呼</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>过号</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>转移</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Start serving</source>
            <translation>开始办理</translation>
        </message>
        <message>
            <source>Call selected</source>
            <translation>呼叫所选号码</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>号码</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>取号时间</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等候</translation>
        </message>
        <message>
            <source>Double-click a ticket to call it; a no-show goes back to the queue</source>
            <translation>双击号码即呼叫；双击过号号码则恢复排队</translation>
        </message>
        <message>
            <source>Paused: %1</source>
            <translation>暂停：%1</translation>
        </message>
        <message>
            <source>recalled %1×</source>
            <translation>已重呼 %1 次</translation>
        </message>
        <message>
            <source>No-shows (%1)</source>
            <translation>过号 (%1)</translation>
        </message>
        <message>
            <source>Double-click to put this ticket back in the queue</source>
            <translation>双击恢复排队</translation>
        </message>
        <message>
            <source>Serving</source>
            <translation>办理中</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>已呼叫</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>No ticket is waiting for this window.</source>
            <translation>没有等候本窗口的号码。</translation>
        </message>
        <message>
            <source>Choose a ticket in the waiting list first.</source>
            <translation>请先在等候列表中选择一个号码。</translation>
        </message>
        <message>
            <source>Outcome of this visit:</source>
            <translation>本次办理结果：</translation>
        </message>
        <message>
            <source>Category %1</source>
            <translation>类别 %1</translation>
        </message>
        <message>
            <source>Transfer to:</source>
            <translation>转移到：</translation>
        </message>
        <message>
            <source>Reason for the transfer:</source>
            <translation>转移原因：</translation>
        </message>
        <message>
            <source>Reason for the pause:</source>
            <translation>暂停原因：</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsDialog</name>
        <message>
            <source>Row %1: the code %2 is already used</source>
            <translation>第 %1 行：部门代码 %2 已被使用</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>%1 departments saved.</source>
            <translation>已保存 %1 个部门。</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>实施部门</translation>
        </message>
        <message>
            <source>A department's code cannot change once matters use it. Phone and address are printed on service guides.</source>
            <translation>部门代码一经事项使用便不能修改。咨询电话和办公地址会印在办事指南上。</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>部门代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>部门名称</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>咨询电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>办公地址</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>新增部门</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>windowdesk</source>
            <translation>windowdesk 窗口工作台</translation>
        </message>
        <message>
            <source>windowdesk — unexpected error</source>
            <translation>windowdesk — 意外错误</translation>
        </message>
        <message>
            <source>Something went wrong: %1

Your committed work is safe. Details were written to:
%2</source>
            <translation>程序出现错误：%1

已保存的数据不受影响。详细信息已写入：
%2</translation>
        </message>
    </context>
    <context>
        <name>Faces</name>
        <message>
            <source>This part of windowdesk is not available yet.</source>
            <extracomment>Opened as its own top-level window (kiosk, hall display, rating pad) rather than in the main window.</extracomment>
            <translation>此功能尚未开放。</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>窗口受理</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>督查管理</translation>
        </message>
        <message>
            <source>Ticket kiosk</source>
            <translation>取号机</translation>
        </message>
        <message>
            <source>Hall display</source>
            <translation>叫号屏</translation>
        </message>
        <message>
            <source>Rating pad</source>
            <translation>评价器</translation>
        </message>
        <message>
            <source>Service catalogue</source>
            <translation>事项清单</translation>
        </message>
        <message>
            <source>Catalogue editor</source>
            <translation>事项清单维护</translation>
        </message>
    </context>
    <context>
        <name>HallDisplay</name>
        <message>
            <source>Recent calls</source>
            <translation>最近呼叫</translation>
        </message>
        <message>
            <source>Number %1, please go to window %2</source>
            <translation>请 %1 号到 %2 号窗口办理</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>暂停服务</translation>
        </message>
        <message>
            <source>Window %1</source>
            <translation>%1 号窗口</translation>
        </message>
    </context>
    <context>
        <name>IntakeLabels</name>
        <message>
            <source>— not checked —</source>
            <translation>— 未核验 —</translation>
        </message>
        <message>
            <source>required</source>
            <translation>必需</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>conditional</source>
            <translation>按条件</translation>
        </message>
        <message>
            <source>accept</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>one-time notice (incomplete)</source>
            <translation>一次性告知补正</translation>
        </message>
        <message>
            <source>not accepted</source>
            <translation>不予受理</translation>
        </message>
        <message>
            <source>done on the spot</source>
            <translation>即办</translation>
        </message>
        <message>
            <source> (deemed accepted)</source>
            <translation>（视为受理）</translation>
        </message>
        <message>
            <source>acceptance notice</source>
            <translation>受理通知书</translation>
        </message>
        <message>
            <source>materials receipt</source>
            <translation>材料接收凭证</translation>
        </message>
        <message>
            <source>one-time notice</source>
            <translation>补正材料一次性告知书</translation>
        </message>
        <message>
            <source>non-acceptance notice</source>
            <translation>不予受理通知书</translation>
        </message>
    </context>
    <context>
        <name>IntakePanel</name>
        <message>
            <source>Scan or type a case number, then Enter</source>
            <extracomment>A case was decided: (case number, ticket id or None). The queue panel finishes its ticket on it.</extracomment>
            <translation>扫描或输入受理编号后按回车</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>打开办件</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>新的申请</translation>
        </message>
        <message>
            <source>Case:</source>
            <translation>办件：</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Search the catalogue: name, code or pinyin initials</source>
            <translation>搜索事项：名称、编码或拼音首字母</translation>
        </message>
        <message>
            <source>No matter chosen</source>
            <translation>尚未选择事项</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>申请材料</translation>
        </message>
        <message>
            <source>Mark unchecked as received</source>
            <translation>未核验的全部标为已收</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>办理决定</translation>
        </message>
        <message>
            <source>where known</source>
            <translation>如已知</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>确认办理结果</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>办理结果</translation>
        </message>
        <message>
            <source>Reason for not accepting</source>
            <translation>不予受理理由</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>法律依据</translation>
        </message>
        <message>
            <source>Competent office</source>
            <translation>有权机关</translation>
        </message>
        <message>
            <source>On-the-spot result</source>
            <translation>即办结果</translation>
        </message>
        <message>
            <source>Ticket %1</source>
            <translation>号票 %1</translation>
        </message>
        <message>
            <source>done on the spot</source>
            <translation>即办件</translation>
        </message>
        <message>
            <source>promised %1 working days</source>
            <translation>承诺 %1 个工作日</translation>
        </message>
        <message>
            <source>Choose the matter first.</source>
            <translation>请先选择事项。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) missing or non-conforming: issue the one-time notice listing all of them.</source>
            <translation>
                <numerusform>有 %n 项材料缺少或不符合要求：请出具一次性告知书，一次列明全部内容。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskFace</name>
        <message>
            <source>Touch the service you need to take a number</source>
            <translation>请点击您要办理的业务取号</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>优先：</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Appointment code (then touch the service)</source>
            <translation>预约码（输入后点击业务）</translation>
        </message>
        <message>
            <source>Appointment check-in:</source>
            <translation>预约签到：</translation>
        </message>
        <message>
            <source>%1 waiting</source>
            <translation>%1 人等候</translation>
        </message>
        <message>
            <source>Your number is %1 — %2 ahead of you</source>
            <translation>您的号码是 %1，前面还有 %2 人</translation>
        </message>
        <message>
            <source>No printer: please note your number.</source>
            <translation>没有打印机：请记下您的号码。</translation>
        </message>
        <message>
            <source>Printing your ticket…</source>
            <translation>正在打印号票…</translation>
        </message>
        <message>
            <source>Please take your ticket.</source>
            <translation>请取走您的号票。</translation>
        </message>
        <message>
            <source>The printer failed: please note your number.</source>
            <translation>打印失败：请记下您的号码。</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Opening the store…</source>
            <translation>正在打开数据库…</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Store: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>The store could not be opened.</source>
            <translation>无法打开数据库。</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <source>windowdesk — Sign in</source>
            <translation>windowdesk — 登录</translation>
        </message>
        <message>
            <source>Government service counter desk</source>
            <translation>政务服务窗口工作台</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Window number:</source>
            <translation>窗口号(&amp;W)：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>windowdesk — %1</source>
            <translation>windowdesk — %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings of this PC…</source>
            <translation>本机设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Windows</source>
            <translation>窗口(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>同步(&amp;S)</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>立即同步(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Rejected changes and conflicts…</source>
            <translation>被拒绝的更改与冲突(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About windowdesk</source>
            <translation>关于 windowdesk(&amp;A)</translation>
        </message>
        <message>
            <source>User: %1 (%2)</source>
            <translation>用户：%1（%2）</translation>
        </message>
        <message>
            <source>Window %1</source>
            <translation>%1 号窗口</translation>
        </message>
        <message>
            <source>About windowdesk</source>
            <translation>关于 windowdesk</translation>
        </message>
        <message>
            <source>windowdesk %1
The counter desk of government service halls.</source>
            <translation>windowdesk %1
政务服务大厅窗口工作台。</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>窗口工作人员</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>督查人员</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>管理员</translation>
        </message>
    </context>
    <context>
        <name>MatterDetail</name>
        <message>
            <source>Choose a matter on the left.</source>
            <translation>请在左侧选择事项。</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>材料名称</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>提交要求</translation>
        </message>
        <message>
            <source>Original / copy</source>
            <translation>原件/复印件</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>格式要求及说明</translation>
        </message>
        <message>
            <source>Save service guide (PDF)…</source>
            <translation>保存办事指南（PDF）…</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>申请材料</translation>
        </message>
        <message>
            <source>on the spot</source>
            <translation>当场办结</translation>
        </message>
        <message>
            <source>%1 working days</source>
            <translation>%1 个工作日</translation>
        </message>
        <message>
            <source>free</source>
            <translation>不收费</translation>
        </message>
        <message>
            <source>%1 yuan</source>
            <translation>%1 元</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>实施部门</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>事项类型</translation>
        </message>
        <message>
            <source>Statutory limit</source>
            <translation>法定时限</translation>
        </message>
        <message>
            <source>Promised limit</source>
            <translation>承诺时限</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>结果送达</translation>
        </message>
        <message>
            <source>Queue category</source>
            <translation>取号类别</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>办理窗口</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>设定依据</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>受理条件</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>%1, published %2</source>
            <translation>第 %1 版，%2 发布</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>inactive: not offered at the counter</source>
            <translation>已停用：窗口不再受理</translation>
        </message>
        <message>
            <source>Save service guide</source>
            <translation>保存办事指南</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Service guide saved to %1</source>
            <translation>办事指南已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>MatterForm</name>
        <message>
            <source>Material %1</source>
            <translation>第 %1 项材料</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>事项编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>事项名称</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>实施部门</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>事项类型</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>办件类型</translation>
        </message>
        <message>
            <source>Statutory limit (working days)</source>
            <translation>法定时限（工作日）</translation>
        </message>
        <message>
            <source>Promised limit (working days)</source>
            <translation>承诺时限（工作日）</translation>
        </message>
        <message>
            <source>Fee (yuan)</source>
            <translation>收费金额（元）</translation>
        </message>
        <message>
            <source>Fee basis</source>
            <translation>收费依据</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>送达方式</translation>
        </message>
        <message>
            <source>Queue category</source>
            <translation>取号类别</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>办理窗口</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>设定依据</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>受理条件</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>申请材料</translation>
        </message>
        <message>
            <source>e.g. XK-SCJG-001</source>
            <translation>如 XK-SCJG-001</translation>
        </message>
        <message>
            <source>Offered at the counter</source>
            <translation>启用（窗口可受理）</translation>
        </message>
        <message>
            <source>Materials (in checklist order)</source>
            <translation>申请材料（按核对顺序）</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>材料名称</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>提交要求</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>提交条件</translation>
        </message>
        <message>
            <source>Original / copy</source>
            <translation>原件/复印件</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Format notes</source>
            <translation>格式要求</translation>
        </message>
        <message>
            <source>Blank form / sample</source>
            <translation>空白表格/样表</translation>
        </message>
        <message>
            <source>Reusable</source>
            <translation>可复用</translation>
        </message>
        <message>
            <source>Valid (days)</source>
            <translation>有效期（天）</translation>
        </message>
        <message>
            <source>Add material</source>
            <translation>添加材料</translation>
        </message>
        <message>
            <source>Remove material</source>
            <translation>删除材料</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Preview — %1</source>
            <translation>预览 — %1</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>另存为 PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>80 mm receipt paper</source>
            <translation>80 毫米热敏纸</translation>
        </message>
        <message>
            <source>58 mm receipt paper</source>
            <translation>58 毫米热敏纸</translation>
        </message>
        <message>
            <source>Settings of this PC</source>
            <translation>本机设置</translation>
        </message>
        <message>
            <source>&amp;Window number of this PC:</source>
            <translation>本机窗口号(&amp;W)：</translation>
        </message>
        <message>
            <source>Ticket &amp;paper:</source>
            <translation>取号单纸张(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>界面语言(&amp;L)：</translation>
        </message>
        <message>
            <source>A new language takes effect after signing in again.</source>
            <translation>更改语言后，重新登录时生效。</translation>
        </message>
    </context>
    <context>
        <name>SupervisorFace</name>
        <message>
            <source>Cases</source>
            <translation>办件</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Sync: not set up</source>
            <translation>同步：未设置</translation>
        </message>
        <message>
            <source>Sync is not set up on this PC. An administrator runs: windowdesk sync setup</source>
            <translation>本机尚未设置同步。请管理员运行：windowdesk sync setup</translation>
        </message>
        <message>
            <source>Sync: running…</source>
            <translation>同步：进行中…</translation>
        </message>
        <message>
            <source>Sync finished: %1 rejected, %2 conflicts. Supervisors see them under Sync.</source>
            <translation>同步完成：%1 条被拒绝，%2 条冲突。督查人员可在“同步”菜单中查看。</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>No keyring on this PC. Password of the central store for this session:</source>
            <translation>本机没有系统钥匙串。请输入中心库密码（仅本次会话有效）：</translation>
        </message>
        <message>
            <source>Sync: not yet run · %1 pending</source>
            <translation>同步：尚未运行 · 待同步 %1 条</translation>
        </message>
        <message>
            <source>Sync: offline · %1 pending</source>
            <translation>同步：离线 · 待同步 %1 条</translation>
        </message>
        <message>
            <source>Sync: error · %1 pending</source>
            <translation>同步：出错 · 待同步 %1 条</translation>
        </message>
        <message>
            <source>Sync: online · %1 pending · %2</source>
            <translation>同步：在线 · 待同步 %1 条 · %2</translation>
        </message>
        <message>
            <source>Central store: %1
Last successful sync: %2
Last error: %3
Rejected: %4 · open conflicts: %5</source>
            <translation>中心库：%1
上次成功同步：%2
最近错误：%3
被拒绝：%4 · 未处理冲突：%5</translation>
        </message>
    </context>
    <context>
        <name>SyncIssuesDialog</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>数据表</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Versions (started from / here / central)</source>
            <translation>版本（起始 / 本站 / 中心库）</translation>
        </message>
        <message>
            <source>Now at central</source>
            <translation>中心库现为</translation>
        </message>
        <message>
            <source>&amp;Rejected by central (%1)</source>
            <translation>中心库拒绝(&amp;R)（%1）</translation>
        </message>
        <message>
            <source>this site's version</source>
            <translation>本站版本</translation>
        </message>
        <message>
            <source>central's version</source>
            <translation>中心库版本</translation>
        </message>
        <message>
            <source>&amp;Conflicts (%1)</source>
            <translation>冲突(&amp;C)（%1）</translation>
        </message>
        <message>
            <source>Sync: rejected changes and conflicts</source>
            <translation>同步：被拒绝的更改与冲突</translation>
        </message>
        <message>
            <source>&amp;Rejected by central</source>
            <translation>中心库拒绝(&amp;R)</translation>
        </message>
        <message>
            <source>These changes were made here but the central store refused them. They are kept here; nothing was dropped.</source>
            <translation>以下更改在本站做出，但被中心库拒绝。它们保留在本机，没有丢失。</translation>
        </message>
        <message>
            <source>&amp;Conflicts</source>
            <translation>冲突(&amp;C)</translation>
        </message>
        <message>
            <source>This site's version:</source>
            <translation>本站版本：</translation>
        </message>
        <message>
            <source>Central's version:</source>
            <translation>中心库版本：</translation>
        </message>
        <message>
            <source>Keep &amp;central's version</source>
            <translation>保留中心库版本(&amp;C)</translation>
        </message>
        <message>
            <source>Send &amp;this site's version again</source>
            <translation>重新提交本站版本(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>_Tile</name>
        <message>
            <source>Window %1</source>
            <translation>%1 号窗口</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.cli</name>
        <message>
            <source>The two passwords differ</source>
            <translation>两次输入的密码不一致</translation>
        </message>
        <message>
            <source>No password on standard input</source>
            <translation>标准输入中没有密码</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>Give the central store with --db URL</source>
            <translation>请用 --db 指定中心库地址</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.documents</name>
        <message>
            <source>The barcode value is empty.</source>
            <translation>条码内容不能为空。</translation>
        </message>
        <message>
            <source>The barcode value {value!r} is too long: at most {limit} characters, it has {length}.</source>
            <translation>条码内容“{value}”太长：最多 {limit} 个字符，现在是 {length} 个。</translation>
        </message>
        <message>
            <source>The QR code content is empty.</source>
            <translation>二维码内容不能为空。</translation>
        </message>
        <message>
            <source>The barcode value {value!r} contains {char!r}, which Code128 cannot carry: use ASCII letters, digits and punctuation.</source>
            <translation>条码内容“{value}”中的字符“{char}”无法编码为 Code128：只能使用英文字母、数字和常用符号。</translation>
        </message>
        <message>
            <source>The barcode {value!r} does not fit on paper {width} mm wide.</source>
            <translation>条码“{value}”太长，{width} 毫米宽的纸上印不下。</translation>
        </message>
        <message>
            <source>The QR code content is too long ({length} characters).</source>
            <translation>二维码内容太长（{length} 个字符），无法生成二维码。</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.domain</name>
        <message>
            <source>natural person</source>
            <translation>自然人</translation>
        </message>
        <message>
            <source>legal person or other organisation</source>
            <translation>法人或其他组织</translation>
        </message>
        <message>
            <source>resident ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <source>passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <source>other document</source>
            <translation>其他证件</translation>
        </message>
        <message>
            <source>unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Invalid ID type: {t}</source>
            <translation>证件类型无效：{t}</translation>
        </message>
        <message>
            <source>A document number is 4 to 30 letters or digits</source>
            <translation>证件号码须为 4 到 30 位字母或数字</translation>
        </message>
        <message>
            <source>Not a phone number: {p}</source>
            <translation>联系电话无效：{p}</translation>
        </message>
        <message>
            <source>Invalid applicant kind: {k}</source>
            <translation>申请人类型无效：{k}</translation>
        </message>
        <message>
            <source>Enter the applicant's name</source>
            <translation>请填写申请人名称</translation>
        </message>
        <message>
            <source>The applicant's name is at most 100 characters</source>
            <translation>申请人名称不能超过 100 个字符</translation>
        </message>
        <message>
            <source>A person is identified by a resident ID card, a passport or another personal document</source>
            <translation>自然人须使用身份证、护照或其他个人证件</translation>
        </message>
        <message>
            <source>An organisation is identified by its unified social credit code</source>
            <translation>法人或其他组织须填写统一社会信用代码</translation>
        </message>
        <message>
            <source>Enter the legal representative</source>
            <translation>请填写法定代表人</translation>
        </message>
        <message>
            <source>A person has no legal representative</source>
            <translation>自然人没有法定代表人</translation>
        </message>
        <message>
            <source>Enter the agent's name</source>
            <translation>请填写代理人姓名</translation>
        </message>
        <message>
            <source>An agent is identified by a personal document</source>
            <translation>代理人须使用个人证件</translation>
        </message>
        <message>
            <source>Name the material that authorises the agent</source>
            <translation>请注明代理人的授权材料</translation>
        </message>
        <message>
            <source>This device has used all {max} case numbers of the year</source>
            <translation>本设备今年的案件编号已用完（{max} 个）</translation>
        </message>
        <message>
            <source>Enter the ID card number.</source>
            <translation>请填写身份证号码。</translation>
        </message>
        <message>
            <source>This is an old 15-digit ID card number; enter the 18-character resident ID number.</source>
            <translation>这是 15 位的旧版身份证号码，请填写 18 位的居民身份证号码。</translation>
        </message>
        <message>
            <source>A resident ID number has 18 characters, this one has {length}.</source>
            <translation>身份证号码应为 18 位，现在是 {length} 位。</translation>
        </message>
        <message>
            <source>The last character of the ID number ({char!r}) is invalid: it must be a digit or X.</source>
            <translation>身份证号码最后一位“{char}”无效：只能是数字或 X。</translation>
        </message>
        <message>
            <source>The first 6 digits of the ID number (region code) are invalid.</source>
            <translation>身份证号码的前 6 位（地址码）无效。</translation>
        </message>
        <message>
            <source>The check digit of the ID number is wrong; please check for a typing mistake.</source>
            <translation>身份证号码校验码不正确，请核对号码是否输错。</translation>
        </message>
        <message>
            <source>The birth date in the ID number (characters 7 to 14, {digits!r}) is not a valid date.</source>
            <translation>身份证号码中的出生日期（第 7 至 14 位）“{digits}”无效。</translation>
        </message>
        <message>
            <source>Enter the unified social credit code.</source>
            <translation>请填写统一社会信用代码。</translation>
        </message>
        <message>
            <source>A unified social credit code has 18 characters, this one has {length}.</source>
            <translation>统一社会信用代码应为 18 位，现在是 {length} 位。</translation>
        </message>
        <message>
            <source>The check character of the credit code is wrong; please check for a typing mistake.</source>
            <translation>统一社会信用代码校验码不正确，请核对代码是否输错。</translation>
        </message>
        <message>
            <source>Character {position} of the ID number ({char!r}) is invalid: the first 17 must be digits.</source>
            <translation>身份证号码第 {position} 位“{char}”无效：前 17 位只能是数字。</translation>
        </message>
        <message>
            <source>Character {position} of the credit code ({char!r}) is invalid: only digits and capital letters other than I, O, Z, S, V are used.</source>
            <translation>统一社会信用代码第 {position} 位“{char}”无效：只能是数字和除 I、O、Z、S、V 以外的大写字母。</translation>
        </message>
        <message>
            <source>received</source>
            <translation>已收</translation>
        </message>
        <message>
            <source>fixed on the spot</source>
            <translation>当场补正</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>缺少</translation>
        </message>
        <message>
            <source>non-conforming</source>
            <translation>不符合要求</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>accept</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>补正</translation>
        </message>
        <message>
            <source>not accepted</source>
            <translation>不予受理</translation>
        </message>
        <message>
            <source>done on the spot</source>
            <translation>即办</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>awaiting correction</source>
            <translation>待补正</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已办结</translation>
        </message>
        <message>
            <source>These materials are not on the matter's list: {keys}</source>
            <translation>事项材料清单中没有这些材料：{keys}</translation>
        </message>
        <message>
            <source>Material '{name}' has an invalid status: {status}</source>
            <translation>材料“{name}”的状态无效：{status}</translation>
        </message>
        <message>
            <source>Give the reason why '{name}' is {what}</source>
            <translation>请写明材料“{name}”{what}的原因</translation>
        </message>
        <message>
            <source>'{name}' is required and cannot be marked not applicable</source>
            <translation>材料“{name}”是必需材料，不能标为不适用</translation>
        </message>
        <message>
            <source>Invalid outcome: {o}</source>
            <translation>无效的办理结果：{o}</translation>
        </message>
        <message>
            <source>Materials are missing or non-conforming ({names}): issue a one-time notice instead</source>
            <translation>材料不齐全或不符合要求（{names}），不能受理，请一次性告知补正</translation>
        </message>
        <message>
            <source>Material '{key}' is recorded twice</source>
            <translation>材料“{key}”登记了两次</translation>
        </message>
        <message>
            <source>Material '{name}' has not been checked</source>
            <translation>材料“{name}”尚未核验</translation>
        </message>
        <message>
            <source>Say whether '{name}' was received as original or copy</source>
            <translation>请注明材料“{name}”收到的是原件还是复印件</translation>
        </message>
        <message>
            <source>The count of '{name}' must be from 1 to {max}</source>
            <translation>材料“{name}”的份数须在 1 到 {max} 之间</translation>
        </message>
        <message>
            <source>'{name}' was not received, so it has no form or count</source>
            <translation>材料“{name}”未收到，不能填写形式和份数</translation>
        </message>
        <message>
            <source>Give the reason for not accepting</source>
            <translation>不予受理须写明理由</translation>
        </message>
        <message>
            <source>Give the legal basis for not accepting</source>
            <translation>不予受理须写明法律依据</translation>
        </message>
        <message>
            <source>All materials are complete and conforming: accept instead of issuing a notice</source>
            <translation>材料齐全且符合要求，无需一次性告知，应予受理</translation>
        </message>
        <message>
            <source>Matter '{name}' is not done on the spot</source>
            <translation>事项“{name}”不是即办件</translation>
        </message>
        <message>
            <source>Give the result of the on-the-spot matter</source>
            <translation>即办件须写明办理结果</translation>
        </message>
        <message>
            <source>original</source>
            <translation>原件</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>复印件</translation>
        </message>
        <message>
            <source>original and copy</source>
            <translation>原件及复印件</translation>
        </message>
        <message>
            <source>This case already has its one-time notice; a second one is not allowed (Licensing Law art. 32)</source>
            <translation>本案件已出具过一次性告知书，不能再次告知（行政许可法第三十二条）</translation>
        </message>
        <message>
            <source>This correction visit records no material</source>
            <translation>本次补正没有登记任何材料</translation>
        </message>
        <message>
            <source>Material '{key}' is not on the one-time notice; a correction visit cannot add new items</source>
            <translation>材料“{key}”不在一次性告知书所列范围内，补正时不得要求或登记新的材料</translation>
        </message>
        <message>
            <source>'{name}' is recorded twice</source>
            <translation>材料“{name}”登记了两次</translation>
        </message>
        <message>
            <source>'{name}' already arrived on {day}</source>
            <translation>材料“{name}”已于 {day} 补正，不能重复登记</translation>
        </message>
        <message>
            <source>'{name}' is on the notice and cannot become not applicable on a correction visit</source>
            <translation>告知书所列材料“{name}”不能在补正时改为不适用</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters</source>
            <translation>密码至少需要 {n} 个字符</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translation>老年人</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>残疾人</translation>
        </message>
        <message>
            <source>Military</source>
            <translation>军人</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Handled</source>
            <translation>已办理</translation>
        </message>
        <message>
            <source>Materials incomplete (one-time notice)</source>
            <translation>材料不全（一次性告知）</translation>
        </message>
        <message>
            <source>Referred to another window or office</source>
            <translation>引导至其他窗口或部门</translation>
        </message>
        <message>
            <source>Consultation only</source>
            <translation>仅咨询</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>不予受理</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>等候中</translation>
        </message>
        <message>
            <source>called</source>
            <translation>已呼叫</translation>
        </message>
        <message>
            <source>serving</source>
            <translation>办理中</translation>
        </message>
        <message>
            <source>no-show</source>
            <translation>过号</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>counter clerk</source>
            <translation>窗口工作人员</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>督查人员</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>管理员</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.files</name>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.services</name>
        <message>
            <source>Unknown time zone: {zone}</source>
            <translation>未知时区：{zone}</translation>
        </message>
        <message>
            <source>The device number must be a whole number from 1 to 99, not {raw}</source>
            <translation>设备编号必须是 1 到 99 的整数，而不是 {raw}</translation>
        </message>
        <message>
            <source>The store has no site yet: run windowdesk init or windowdesk demo first</source>
            <translation>数据库尚未初始化：请先运行 windowdesk init 或 windowdesk demo</translation>
        </message>
        <message>
            <source>You are not allowed to do this (needs the {role} role)</source>
            <translation>当前用户无权进行此操作（需要{role}权限）</translation>
        </message>
        <message>
            <source>Cannot open the store {store}: {reason}</source>
            <translation>无法打开数据库 {store}：{reason}</translation>
        </message>
        <message>
            <source>Enquiry phone</source>
            <translation>咨询电话</translation>
        </message>
        <message>
            <source>Office address</source>
            <translation>办公地址</translation>
        </message>
        <message>
            <source>One-time notice limit (working days)</source>
            <translation>补正告知期限（工作日）</translation>
        </message>
        <message>
            <source>Statutory limit (working days)</source>
            <translation>法定办结时限（工作日）</translation>
        </message>
        <message>
            <source>Yellow card at working days left</source>
            <translation>黄牌预警剩余工作日</translation>
        </message>
        <message>
            <source>Progress lookup address (QR code prefix)</source>
            <translation>办件进度查询网址（二维码前缀）</translation>
        </message>
        <message>
            <source>Bad rating follow-up (working days)</source>
            <translation>差评整改期限（工作日）</translation>
        </message>
        <message>
            <source>Recalls before a no-show</source>
            <translation>过号前须重呼次数</translation>
        </message>
        <message>
            <source>Ordinary calls per priority call</source>
            <translation>每叫一个优先号之间的普通号数</translation>
        </message>
        <message>
            <source>Expire unfinished tickets at day end</source>
            <translation>日终未办结号自动作废</translation>
        </message>
        <message>
            <source>Local time zone</source>
            <translation>本地时区</translation>
        </message>
        <message>
            <source>Ticket slip width (mm)</source>
            <translation>取号单纸宽（毫米）</translation>
        </message>
        <message>
            <source>Times each call is spoken</source>
            <translation>叫号语音播报次数</translation>
        </message>
        <message>
            <source>Hall display scrolling notice</source>
            <translation>叫号屏滚动通知</translation>
        </message>
        <message>
            <source>Background sync interval (s)</source>
            <translation>后台同步间隔（秒）</translation>
        </message>
        <message>
            <source>Days to keep synced ops (resent if central is restored)</source>
            <translation>已同步操作保留天数（中心库从备份恢复时重发）</translation>
        </message>
        <message>
            <source>There is no setting named {key}</source>
            <translation>没有名为 {key} 的设置</translation>
        </message>
        <message>
            <source>'{label}' must be from {lo} to {hi}</source>
            <translation>设置“{label}”须在 {lo} 到 {hi} 之间</translation>
        </message>
        <message>
            <source>Invalid value for '{label}': {value}</source>
            <translation>设置“{label}”的值无效：{value}</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.services.cases</name>
        <message>
            <source>A document is one of {kinds}, not {kind}</source>
            <translation>文书类型须为 {kinds} 之一，而不是 {kind}</translation>
        </message>
        <message>
            <source>Case {no} has no {title} in its current state</source>
            <translation>案件 {no} 当前没有{title}</translation>
        </message>
        <message>
            <source>The {title} of case {no} has not been issued yet, so it cannot be reprinted</source>
            <translation>案件 {no} 的{title}尚未出具，不能补打</translation>
        </message>
        <message>
            <source>Select some cases first</source>
            <translation>请先选择案件</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>Another counter has just changed the same case; reload it and try again</source>
            <translation>其他窗口刚刚处理了同一案件，请刷新后重试</translation>
        </message>
        <message>
            <source>This case already has its one-time notice; a second one is not allowed (Licensing Law art. 32)</source>
            <translation>本案件已出具过一次性告知书，不能再次告知（行政许可法第三十二条）</translation>
        </message>
        <message>
            <source>Case {no} has no one-time notice, so there is nothing to correct</source>
            <translation>案件 {no} 没有一次性告知书，无需补正</translation>
        </message>
        <message>
            <source>Case {no} has already received every listed item</source>
            <translation>案件 {no} 已补正齐全</translation>
        </message>
        <message>
            <source>Material {key} is not on the matter's list</source>
            <translation>事项材料清单中没有材料 {key}</translation>
        </message>
        <message>
            <source>Case {no} is not an incomplete application; it gets no one-time notice</source>
            <translation>案件 {no} 不是待补正的申请，不能出具一次性告知书</translation>
        </message>
        <message>
            <source>Ticket {number}'s case {case_no} was recorded as '{case_outcome}', so the ticket cannot finish as '{outcome}'; choose the matching outcome</source>
            <translation>号票 {number} 登记的办件 {case_no} 为“{case_outcome}”，号票不能以“{outcome}”结束，请选择相符的结果</translation>
        </message>
        <message>
            <source>No ticket {id}</source>
            <translation>找不到号票 {id}</translation>
        </message>
        <message>
            <source>Ticket {number} is not being served, so no case can be recorded for it</source>
            <translation>号票 {number} 当前不在办理中，不能登记办件</translation>
        </message>
        <message>
            <source>Ticket {number} is being served at window {window}, not at this window ({mine}), so no case can be recorded for it here</source>
            <translation>号票 {number} 正在 {window} 号窗口办理，不能在本窗口（{mine} 号）为其登记办件</translation>
        </message>
        <message>
            <source>Ticket {number} has no case recorded, so it cannot finish as '{outcome}': record the case first, or choose consultation, referral or another outcome</source>
            <translation>号票 {number} 尚未登记办件，不能以“{outcome}”结束：请先登记办件，或选择咨询、引导等结果</translation>
        </message>
        <message>
            <source>'{text}' is not a case number</source>
            <translation>“{text}”不是有效的案件编号</translation>
        </message>
        <message>
            <source>No case numbered {no}</source>
            <translation>找不到案件 {no}</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.services.catalogue</name>
        <message>
            <source>No matter with code {code}</source>
            <translation>找不到事项 {code}</translation>
        </message>
        <message>
            <source>No matter version {ref}</source>
            <translation>找不到事项版本 {ref}</translation>
        </message>
        <message>
            <source>No department with code {code}</source>
            <translation>找不到部门 {code}</translation>
        </message>
        <message>
            <source>Unsupported file type '{suffix}': use .json or .xlsx</source>
            <translation>不支持的文件类型“{suffix}”：请用 .json 或 .xlsx</translation>
        </message>
        <message>
            <source>{name} is too large ({mb} MB) to be a catalogue</source>
            <translation>文件 {name} 太大（{mb} MB），不像是事项清单</translation>
        </message>
        <message>
            <source>{name} is empty</source>
            <translation>文件 {name} 是空的</translation>
        </message>
        <message>
            <source>{name} is not a catalogue: the top level should be an object with departments and matters</source>
            <translation>{name} 不是事项清单：最外层应为对象（含 departments 和 matters）</translation>
        </message>
        <message>
            <source>{name} is {fmt} version {version}; this program reads {expected} version {expected_version}</source>
            <translation>{name} 的格式为 {fmt} 第 {version} 版，本程序只读 {expected} 第 {expected_version} 版</translation>
        </message>
        <message>
            <source>{name} holds no departments and no matters</source>
            <translation>{name} 中没有任何部门或事项</translation>
        </message>
        <message>
            <source>The template is an .xlsx file</source>
            <translation>模板须保存为 .xlsx 文件</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>无法读取文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>{name} is not a UTF-8 JSON file (byte {pos} cannot be decoded)</source>
            <translation>{name} 不是 UTF-8 编码的 JSON 文件（第 {pos} 字节无法解码）</translation>
        </message>
        <message>
            <source>{name} is not valid JSON (line {line}, column {col}: {msg}); the file may be truncated</source>
            <translation>{name} 不是有效的 JSON（第 {line} 行第 {col} 列：{msg}），文件可能不完整</translation>
        </message>
        <message>
            <source>Cannot read {name}</source>
            <translation>无法读取 {name}</translation>
        </message>
        <message>
            <source>{name} has no {key} list</source>
            <translation>{name} 缺少 {key} 列表</translation>
        </message>
        <message>
            <source>{name} is not a readable Excel (.xlsx) file: {reason}</source>
            <translation>{name} 不是可读取的 Excel（.xlsx）文件：{reason}</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}' lacks the columns {columns} (row 1 is the header)</source>
            <translation>{name} 的“{sheet}”表缺少列：{columns}（第 1 行应为表头）</translation>
        </message>
        <message>
            <source>{name}: the sheet '事项' (matters) is empty</source>
            <translation>{name} 的“事项”表是空的</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}' has over {limit} rows</source>
            <translation>{name} 的“{sheet}”表超过 {limit} 行</translation>
        </message>
        <message>
            <source>{name} has no sheet '{sheet}' (start from an export or the template)</source>
            <translation>{name} 中没有“{sheet}”表（请使用导出的文件或模板）</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.services.queue</name>
        <message>
            <source>call</source>
            <translation>呼叫</translation>
        </message>
        <message>
            <source>recall</source>
            <translation>重呼</translation>
        </message>
        <message>
            <source>start serving</source>
            <translation>开始办理</translation>
        </message>
        <message>
            <source>finish</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>mark as no-show</source>
            <translation>过号</translation>
        </message>
        <message>
            <source>reactivate</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>transfer</source>
            <translation>转移</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>expire</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>There is no queue category {prefix}</source>
            <translation>没有代号为 {prefix} 的排队类别</translation>
        </message>
        <message>
            <source>No ticket {ref}</source>
            <translation>找不到号码 {ref}</translation>
        </message>
        <message>
            <source>Window {w} has no ticket called</source>
            <translation>{w} 号窗口当前没有呼叫中的号码</translation>
        </message>
        <message>
            <source>Ticket {number} is {state}; cannot {move}{why}</source>
            <translation>号码 {number} 当前为“{state}”，不能{move}{why}</translation>
        </message>
        <message>
            <source>There is no window {w}</source>
            <translation>没有 {w} 号窗口</translation>
        </message>
        <message>
            <source>A transfer needs a reason</source>
            <translation>转移须填写原因</translation>
        </message>
        <message>
            <source>A pause needs a reason</source>
            <translation>暂停须填写原因</translation>
        </message>
        <message>
            <source>The outcome is one of {choices}, not {value}</source>
            <translation>办理结果须为 {choices} 之一，而不是 {value}</translation>
        </message>
        <message>
            <source>{number} was recalled {done} times; recall it {needed} times before a no-show</source>
            <translation>{number} 号已重呼 {done} 次，须重呼 {needed} 次后才能过号</translation>
        </message>
        <message>
            <source>Choose the category or window to transfer to</source>
            <translation>请选择转往的类别或窗口</translation>
        </message>
        <message>
            <source>Window {w} is already paused</source>
            <translation>{w} 号窗口已暂停</translation>
        </message>
        <message>
            <source>Window {w} is not paused</source>
            <translation>{w} 号窗口未暂停</translation>
        </message>
        <message>
            <source>Priority and ordinary tickets interleave by a ratio</source>
            <translation>优先号与普通号按比例穿插</translation>
        </message>
        <message>
            <source>Priority tickets are always called first</source>
            <translation>优先号总是先叫</translation>
        </message>
        <message>
            <source>No priority</source>
            <translation>不设优先</translation>
        </message>
        <message>
            <source>A category prefix is one capital letter, not '{prefix}'</source>
            <translation>类别代号须为一个大写字母，而不是“{prefix}”</translation>
        </message>
        <message>
            <source>The category name must not be empty</source>
            <translation>类别名称不能为空</translation>
        </message>
        <message>
            <source>The start number is from 1 to 999</source>
            <translation>起始号须在 1 到 999 之间</translation>
        </message>
        <message>
            <source>The daily cap is from 1 to 999</source>
            <translation>每日限额须在 1 到 999 之间</translation>
        </message>
        <message>
            <source>The priority policy is interleave, strict or none, not {policy}</source>
            <translation>优先策略须为 interleave、strict 或 none，而不是 {policy}</translation>
        </message>
        <message>
            <source>Queue category {prefix} already exists</source>
            <translation>排队类别 {prefix} 已存在</translation>
        </message>
        <message>
            <source>A category is listed twice</source>
            <translation>同一类别不能重复</translation>
        </message>
        <message>
            <source>This site has no window {w}</source>
            <translation>本站点没有 {w} 号窗口</translation>
        </message>
        <message>
            <source>Window {w} is paused ({reason}); resume it first</source>
            <translation>{w} 号窗口已暂停（{reason}），请先恢复</translation>
        </message>
        <message>
            <source>The priority kind is one of {choices}, not {kind}</source>
            <translation>优先类型须为 {choices} 之一，而不是 {kind}</translation>
        </message>
        <message>
            <source>Window {w} still has {number}: finish, mark no-show or transfer it first</source>
            <translation>{w} 号窗口的 {number} 号尚未结束：请先办结、过号或转移</translation>
        </message>
        <message>
            <source>That is not an appointment code: {code}</source>
            <translation>预约码格式不正确：{code}</translation>
        </message>
        <message>
            <source>{name} is not issuing tickets now</source>
            <translation>{name} 暂停取号</translation>
        </message>
        <message>
            <source>{name} has no tickets left today ({cap} a day)</source>
            <translation>{name} 今日号码已取完（每日 {cap} 个）</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.services.site</name>
        <message>
            <source>The number of working days must be from 0 to {max}, not {n}</source>
            <translation>工作日数须在 0 到 {max} 之间，而不是 {n}</translation>
        </message>
        <message>
            <source>The year must be from 2000 to 2100</source>
            <translation>年份须在 2000 到 2100 之间</translation>
        </message>
        <message>
            <source>The date is out of range: {n} working days after {start}</source>
            <translation>日期超出可计算的范围：{start} 之后 {n} 个工作日</translation>
        </message>
        <message>
            <source>A site code is 2 to 6 capital letters or digits starting with a letter (e.g. SZ01), not '{code}'</source>
            <translation>站点代码须为 2 到 6 位大写字母或数字，并以字母开头（例如 SZ01），而不是“{code}”</translation>
        </message>
        <message>
            <source>The site name must not be empty</source>
            <translation>站点名称不能为空</translation>
        </message>
        <message>
            <source>The site kind must be hall or township, not {kind}</source>
            <translation>站点类型须为 hall（大厅）或 township（乡镇），而不是 {kind}</translation>
        </message>
        <message>
            <source>A window number is from 1 to 999</source>
            <translation>窗口号须在 1 到 999 之间</translation>
        </message>
        <message>
            <source>This store's site record is missing</source>
            <translation>找不到本站点的记录</translation>
        </message>
        <message>
            <source>Window {n} already exists</source>
            <translation>{n} 号窗口已存在</translation>
        </message>
        <message>
            <source>This store already serves site {current}; it cannot become {code}</source>
            <translation>此数据库已属于站点 {current}，不能再初始化为 {code}</translation>
        </message>
        <message>
            <source>A login is 2 to 32 lower-case letters, digits or _ . - starting with a letter, not '{login}'</source>
            <translation>登录名须为 2 到 32 位小写字母、数字或 _ . -，并以字母开头，而不是“{login}”</translation>
        </message>
        <message>
            <source>The role must be one of {choices}, not {role}</source>
            <translation>角色须为 {choices} 之一，而不是 {role}</translation>
        </message>
        <message>
            <source>User {login} already exists</source>
            <translation>用户 {login} 已存在</translation>
        </message>
        <message>
            <source>No user {login}</source>
            <translation>找不到用户 {login}</translation>
        </message>
        <message>
            <source>Wrong user name or password</source>
            <translation>用户名或密码不正确</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.services.sync</name>
        <message>
            <source>The site name must not be empty</source>
            <translation>站点名称不能为空</translation>
        </message>
        <message>
            <source>The site kind must be hall or township</source>
            <translation>站点类型须为 hall 或 township</translation>
        </message>
        <message>
            <source>The central store is not initialised: run windowdesk central init first</source>
            <translation>中心库尚未初始化：请先运行 windowdesk central init</translation>
        </message>
        <message>
            <source>The role {role} is already in use</source>
            <translation>角色 {role} 已被占用</translation>
        </message>
        <message>
            <source>No sync password in the keyring: enter it, or run windowdesk sync setup again</source>
            <translation>钥匙串中没有同步密码：请输入密码，或重新运行 windowdesk sync setup</translation>
        </message>
        <message>
            <source>Keep either central's or this site's version</source>
            <translation>只能保留中心库或本站的版本</translation>
        </message>
        <message>
            <source>On the central store this account belongs to site {actual}, not {code}</source>
            <translation>中心库中此账号属于站点 {actual}，而不是 {code}</translation>
        </message>
        <message>
            <source>This store already syncs as device {old}; it cannot become device {new}</source>
            <translation>此数据库已作为 {old} 号设备同步，不能改为 {new} 号</translation>
        </message>
        <message>
            <source>No such conflict</source>
            <translation>找不到该冲突记录</translation>
        </message>
        <message>
            <source>This conflict has already been settled</source>
            <translation>该冲突已处理</translation>
        </message>
        <message>
            <source>This store serves site {current}; it cannot sync as site {code}</source>
            <translation>此数据库属于站点 {current}，不能与站点 {code} 同步</translation>
        </message>
        <message>
            <source>This version has no table {t}</source>
            <translation>本版本没有表 {t}</translation>
        </message>
        <message>
            <source>The row no longer exists</source>
            <translation>记录已不存在</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.store</name>
        <message>
            <source>Unsupported database kind: {backend} (use sqlite or postgresql)</source>
            <translation>不支持的数据库类型：{backend}（支持 sqlite 和 postgresql）</translation>
        </message>
        <message>
            <source>Unrecognised database URL: {url}</source>
            <translation>无法识别的数据库地址：{url}</translation>
        </message>
        <message>
            <source>The embedded store must be a file, not memory</source>
            <translation>嵌入式数据库必须是一个文件</translation>
        </message>
    </context>
    <context>
        <name>windowdesk.sync</name>
        <message>
            <source>The central store must be a PostgreSQL database, not {url}</source>
            <translation>中心库必须是 PostgreSQL 数据库，而不是 {url}</translation>
        </message>
        <message>
            <source>Cannot reach the central store: {reason}</source>
            <translation>无法连接中心库：{reason}</translation>
        </message>
        <message>
            <source>The central store refused the connection: {reason}</source>
            <translation>中心库拒绝连接：{reason}</translation>
        </message>
        <message>
            <source>The link to the central store broke: {reason}</source>
            <translation>与中心库的连接中断：{reason}</translation>
        </message>
        <message>
            <source>The central store refused: {reason}</source>
            <translation>中心库拒绝：{reason}</translation>
        </message>
        <message>
            <source>The central store is not initialised or too old ({reason})</source>
            <translation>中心库尚未初始化或版本过旧（{reason}）</translation>
        </message>
        <message>
            <source>The central store lacks {n} synced ops that this store no longer keeps</source>
            <translation>中心库缺少 {n} 条已同步的操作，而本机已不再保留它们</translation>
        </message>
        <message>
            <source>The central store lacks {n} ops (restored from a backup?): sending them again</source>
            <translation>中心库比本机少 {n} 条操作（可能从备份恢复）：重新发送</translation>
        </message>
        <message>
            <source>The central store keeps refusing batches ({status}, mark {mark})</source>
            <translation>中心库反复拒绝批次（{status}，标记 {mark}）</translation>
        </message>
        <message>
            <source>The central store and this store disagree at op {mark}: call the administrator</source>
            <translation>中心库与本机的同步记录不一致（序号 {mark}）：请联系管理员</translation>
        </message>
        <message>
            <source>This store lacks {n} ops central has (restored or re-installed): new ops follow central's, number counters raised</source>
            <translation>本机比中心库少 {n} 条操作（从备份恢复或重新安装）：新操作接在中心库之后，编号计数器已调高</translation>
        </message>
        <message>
            <source>Sync is not set up: run windowdesk sync setup first</source>
            <translation>尚未设置同步：请先运行 windowdesk sync setup</translation>
        </message>
    </context>
</TS>