<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminFace</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Provisional: the official schedule of %1 has not been entered</source>
        <translation>暂定：%1 年的官方节假日安排尚未录入</translation>
    </message>
    <message>
        <source>Official schedule: %1</source>
        <translation>正式安排：%1</translation>
    </message>
    <message>
        <source>This site syncs with central: the working-day calendar is central's and read-only here.</source>
        <translation>本站点与中心库同步：工作日日历由中心维护，在此只读。</translation>
    </message>
    <message>
        <source>Working days decide every deadline. Enter the State Council's schedule as soon as it is published.</source>
        <translation>所有办理时限都按工作日计算。国务院公布节假日安排后请及时录入。</translation>
    </message>
    <message>
        <source>Make workday</source>
        <translation>设为工作日</translation>
    </message>
    <message>
        <source>Make holiday</source>
        <translation>设为节假日</translation>
    </message>
    <message>
        <source>Note for %1 (e.g. 国庆节 or 调休上班):</source>
        <translation>%1 的备注（如 国庆节 或 调休上班）：</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>Import a year's schedule</source>
        <translation>导入一年的节假日安排</translation>
    </message>
    <message>
        <source>Schedule files (*.txt);;All files (*)</source>
        <translation>节假日安排文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported %1: %2 days; the year is no longer provisional.</source>
        <translation>已导入 %1 年：%2 天，该年不再是暂定。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Window %1 saved.</source>
        <translation>%1 号窗口已保存。</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始号</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>限额</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先策略</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>取号时段</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>取号中</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Category %1 saved.</source>
        <translation>排队类别 %1 已保存。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / 共 %2</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>This site syncs with central: departments come from central's catalogue and are read-only here.</source>
        <translation>本站点与中心库同步：部门来自中心的事项目录，在此只读。</translation>
    </message>
    <message>
        <source>Departments of the service catalogue; windows name the department they belong to.</source>
        <translation>事项目录中的部门；窗口可注明所属部门。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>用户 %1 已保存。</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in; their records stay.</source>
        <translation>停用 %1？停用后不能登录，其办理记录保留。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>用户 %1 已启用。</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>用户 %1 已停用。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1 (they must change it at sign-in):</source>
        <translation>%1 的新密码（其登录时须改为自己的密码）：</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation>用户 %1 已解除锁定。</translation>
    </message>
    <message>
        <source>Photo of %1 for the rating pad</source>
        <translation>%1 的照片（评价器上显示）</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Photo of %1 saved.</source>
        <translation>已保存 %1 的照片。</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>number, name or department</source>
        <translation>窗口号、名称或部门</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>窗口号(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 综合窗口</source>
        <translation>如 综合窗口</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Serves (in order):</source>
        <translation>服务类别（按顺序）(&amp;S)：</translation>
    </message>
    <message>
        <source>category prefixes, first served first, e.g. A C</source>
        <translation>类别代号，先写先叫，如 A C</translation>
    </message>
    <message>
        <source>In ser&amp;vice:</source>
        <translation>启用(&amp;V)：</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;New window</source>
        <translation>新增窗口(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save window</source>
        <translation>保存窗口(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Queue categories</source>
        <translation>排队类别(&amp;Q)</translation>
    </message>
    <message>
        <source>prefix or name</source>
        <translation>代号或名称</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>代号(&amp;P)：</translation>
    </message>
    <message>
        <source>one capital letter</source>
        <translation>一个大写字母</translation>
    </message>
    <message>
        <source>e.g. 综合受理</source>
        <translation>如 综合受理</translation>
    </message>
    <message>
        <source>Daily s&amp;tart number:</source>
        <translation>每日起始号(&amp;T)：</translation>
    </message>
    <message>
        <source>Daily &amp;cap:</source>
        <translation>每日限额(&amp;C)：</translation>
    </message>
    <message>
        <source>Priority polic&amp;y:</source>
        <translation>优先策略(&amp;Y)：</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>取号时段(&amp;H)：</translation>
    </message>
    <message>
        <source>08:30-12:00,14:00-17:30 (empty: all day)</source>
        <translation>08:30-12:00,14:00-17:30（留空为全天）</translation>
    </message>
    <message>
        <source>Issuing ti&amp;ckets:</source>
        <translation>取号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New category</source>
        <translation>新增类别(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save category</source>
        <translation>保存类别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>login, name, role or staff number</source>
        <translation>登录名、姓名、角色或工号</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>lower-case letters and digits</source>
        <translation>小写字母和数字</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Default &amp;window:</source>
        <translation>默认窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未设</translation>
    </message>
    <message>
        <source>S&amp;taff number:</source>
        <translation>工号(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>at least 8 characters, not the login</source>
        <translation>至少 8 个字符，不能与登录名相同</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>再次输入密码(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>新增用户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>保存用户(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>Unl&amp;ock</source>
        <translation>解除锁定(&amp;O)</translation>
    </message>
    <message>
        <source>P&amp;hoto…</source>
        <translation>照片(&amp;H)…</translation>
    </message>
    <message>
        <source>The photo the rating pad shows next to the staff number</source>
        <translation>评价器上与工号一起显示的照片</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit departments…</source>
        <translation>编辑部门(&amp;E)…</translation>
    </message>
    <message>
        <source>Site &amp;settings</source>
        <translation>站点设置(&amp;S)</translation>
    </message>
    <message>
        <source>setting or description</source>
        <translation>设置项或说明</translation>
    </message>
    <message>
        <source>Double-click a value to change it; each value is checked as the command line checks it.</source>
        <translation>双击当前值即可修改；每个值都按命令行的同样规则检查。</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;&lt;</source>
        <translation>&amp;&lt;</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>&amp;&gt;</source>
        <translation>&amp;&gt;</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Make &amp;holiday…</source>
        <translation>设为节假日(&amp;H)…</translation>
    </message>
    <message>
        <source>Make &amp;workday…</source>
        <translation>设为工作日(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Import a year…</source>
        <translation>导入一年安排(&amp;I)…</translation>
    </message>
    <message>
        <source>Red: no work (weekend or holiday). Bold with a note: set by an administrator. A file has one date a line: 2027-10-01 holiday 国庆节 (or workday); # source: names the notice.</source>
        <translation>红色：不上班（周末或节假日）。粗体带备注：管理员设定。导入文件每行一个日期，如 2027-10-01 holiday 国庆节（或 workday）；# source: 写明通知文号。</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>All cards</source>
        <translation>全部黄红牌</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红牌</translation>
    </message>
    <message>
        <source>Undecided cases only</source>
        <translation>仅未决案件</translation>
    </message>
    <message>
        <source>All exceptions</source>
        <translation>全部异常</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Urge…</source>
        <translation>督办…</translation>
    </message>
    <message>
        <source>Explanation…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Yellow and red cards</source>
        <translation>黄牌与红牌</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Possibly unrecorded case</source>
        <translation>疑似办件未录入</translation>
    </message>
    <message>
        <source>No one-time notice</source>
        <translation>未一次性告知</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Returned or withdrawn</source>
        <translation>中途退件</translation>
    </message>
    <message>
        <source>Closed without decision or delivery</source>
        <translation>疑似假办结</translation>
    </message>
    <message>
        <source>Material not in the catalogue</source>
        <translation>擅自增加申报材料</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期办件</translation>
    </message>
    <message>
        <source>Notice reprinted often</source>
        <translation>受理通知书多次补打</translation>
    </message>
    <message>
        <source>Bad rating not followed up in time</source>
        <translation>差评整改超期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>urged</source>
        <translation>督办中</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>已说明</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发牌日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>处理状态</translation>
    </message>
    <message>
        <source> (past statutory)</source>
        <translation>（已超法定时限）</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Case or ticket</source>
        <translation>案件或号票</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Checked %1: %2 new yellow, %3 new red, %4 new exceptions</source>
        <translation>已检查 %1：新黄牌 %2，新红牌 %3，新异常 %4</translation>
    </message>
    <message>
        <source>Select a card or an exception first.</source>
        <translation>请先选择一张黄红牌或一条异常。</translation>
    </message>
    <message>
        <source>%1 card of case %2</source>
        <translation>办件 %2 的%1</translation>
    </message>
    <message>
        <source>Exception “%1” of %2</source>
        <translation>%2 的异常：%1</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>办结</translation>
    </message>
</context>
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
    <name>BackupIndicator</name>
    <message>
        <source>Backup: state unknown (%1)</source>
        <translation>备份：状态未知（%1）</translation>
    </message>
    <message>
        <source>Last good backup: %1
%2
Folder: %3</source>
        <translation>上次成功备份：%1
%2
备份目录：%3</translation>
    </message>
    <message>
        <source>Last failure: %1</source>
        <translation>上次失败：%1</translation>
    </message>
    <message>
        <source>Restored from a backup: sync once before new case numbers</source>
        <translation>已从备份恢复：同步一次后才能产生新的受理编号</translation>
    </message>
    <message>
        <source>⚠ No good backup yet</source>
        <translation>⚠ 尚无成功的备份</translation>
    </message>
    <message>
        <source>⚠ Last good backup is older than two days (%1)</source>
        <translation>⚠ 最近一次成功备份已超过两天（%1）</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>备份：%1</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>handed over</source>
        <translation>已移交承办</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已作出决定</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>待出件</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退件</translation>
    </message>
    <message>
        <source>received at the counter</source>
        <translation>窗口收件</translation>
    </message>
    <message>
        <source>one-time notice issued</source>
        <translation>出具一次性告知书</translation>
    </message>
    <message>
        <source>correction visit</source>
        <translation>补正</translation>
    </message>
    <message>
        <source>document issued</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>document reprinted</source>
        <translation>补打文书</translation>
    </message>
    <message>
        <source>signed for by the department</source>
        <translation>承办部门签收</translation>
    </message>
    <message>
        <source>review started</source>
        <translation>开始审查</translation>
    </message>
    <message>
        <source>clock paused</source>
        <translation>中止计时</translation>
    </message>
    <message>
        <source>clock resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>extension requested</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>extension approved</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>extension refused</source>
        <translation>不批准延期</translation>
    </message>
    <message>
        <source>withdrawn by the applicant</source>
        <translation>申请人撤回</translation>
    </message>
    <message>
        <source>due dates recomputed</source>
        <translation>重新计算办结期限</translation>
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
    <message>
        <source>extension notice</source>
        <translation>延期告知书</translation>
    </message>
    <message>
        <source>special procedure notice</source>
        <translation>特别程序告知书</translation>
    </message>
    <message>
        <source>licensing decision</source>
        <translation>行政许可决定书</translation>
    </message>
    <message>
        <source>delivery receipt</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>hand-over list</source>
        <translation>流转单</translation>
    </message>
</context>
<context>
    <name>CaseLife</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Hand-over list</source>
        <translation>流转单</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Responsible now</source>
        <translation>当前责任人</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>%1 working days: %2</source>
        <translation>%1 个工作日：%2</translation>
    </message>
    <message>
        <source>%1 working days asked for, waiting for a supervisor</source>
        <translation>申请延期 %1 个工作日，待督查人员审批</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>不批准：%1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>中止计时</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>picked up by %1 (%2)</source>
        <translation>%1 窗口领取（%2）</translation>
    </message>
    <message>
        <source>sent by %1, tracking %2</source>
        <translation>%1 邮寄，单号 %2</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理经过</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
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
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
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
    <message>
        <source>No one, or more than one person, of the staff matches “%1”: choose a name from the list.</source>
        <translation>没有或有不止一名工作人员与“%1”相符，请从列表中选择姓名。</translation>
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
        <source>&amp;Applicant withdraws…</source>
        <translation>申请人撤回(&amp;A)…</translation>
    </message>
    <message>
        <source>Record the applicant's written request to withdraw (open cases only)</source>
        <translation>登记申请人的书面撤回申请（仅限办理中的案件）</translation>
    </message>
    <message>
        <source>Send by e&amp;xpress…</source>
        <translation>邮寄送达(&amp;X)…</translation>
    </message>
    <message>
        <source>Mail the ready result: carrier and tracking number; the delivery receipt is offered next</source>
        <translation>邮寄已出件的结果：填写快递公司和快递单号，随后可打印送达回证</translation>
    </message>
    <message>
        <source>C&amp;lose the case…</source>
        <translation>办结(&amp;L)…</translation>
    </message>
    <message>
        <source>Close a case sent by express once its signed delivery receipt has come back</source>
        <translation>邮寄送达的送达回证签收返回后，办结该案件</translation>
    </message>
    <message>
        <source>Show full ID number…</source>
        <translation>查看完整证件号码…</translation>
    </message>
    <message>
        <source>The full number is shown only on this deliberate click, and the click is audited (who, whose, when).</source>
        <translation>完整号码只在这次有意点击后显示，且这次点击会被审计（谁、查看了谁的、何时）。</translation>
    </message>
    <message>
        <source>Result pickup: check the collector's ID</source>
        <translation>出件：核验领取人证件</translation>
    </message>
    <message>
        <source>ID number of the applicant or their agent</source>
        <translation>申请人或代理人的证件号码</translation>
    </message>
    <message>
        <source>Hand over and print the delivery receipt</source>
        <translation>交付并打印送达回证</translation>
    </message>
    <message>
        <source>Correction visit: only the items on the one-time notice</source>
        <translation>补正：仅核验一次性告知书所列材料</translation>
    </message>
    <message>
        <source>Issue the one-time notice</source>
        <translation>出具一次性告知书</translation>
    </message>
    <message>
        <source>Mark unchecked as received</source>
        <translation>未核验的全部标为已收</translation>
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
        <source>The full ID number of %1 will be shown. Viewing it is recorded (who, whose, when). Continue?</source>
        <translation>将显示 %1 的完整证件号码。本次查看会被记录（谁、查看了谁的、何时）。是否继续？</translation>
    </message>
    <message>
        <source>ID number of %1: %2
(This viewing has been recorded.)</source>
        <translation>%1 的证件号码：%2
（本次查看已记录）</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>办件 %1 — %2</translation>
    </message>
    <message>
        <source>%1 (pause %2)</source>
        <translation>%1（第 %2 次中止计时）</translation>
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
    <message>
        <source>Close case %1? Do this when the signed delivery receipt has come back.</source>
        <translation>确定办结案件 %1？请在签收的送达回证返回后办结。</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <extracomment>the one column that takes the width left over (and elides, with the full name as its tooltip); every other column is as wide as its longest text</extracomment>
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
        <translation>名称、首字母（spjy）、编码或部门</translation>
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
    <name>ChangePasswordDialog</name>
    <message>
        <source>An administrator set your password. Choose your own now: at least 8 characters, not your login.</source>
        <translation>您的密码由管理员设定，请现在改为自己的密码：至少 8 个字符，不能与登录名相同。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Choose your own password: at least 8 characters, not your login.</source>
        <translation>请设置自己的密码：至少 8 个字符，不能与登录名相同。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>原密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次输入新密码(&amp;A)：</translation>
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
    <name>ClockTimeline</name>
    <message>
        <source>%1: %2 working days used, %3 past the due date %4</source>
        <translation>%1：已用 %2 个工作日，已超期 %3 个（%4 到期）</translation>
    </message>
    <message>
        <source>%1: %2 working days used, %3 left (due %4)</source>
        <translation>%1：已用 %2 个工作日，剩余 %3 个（%4 到期）</translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Paused since %1</source>
        <translation>%1 起中止计时</translation>
    </message>
    <message>
        <source>Deemed approved on %1 (silence counts as consent)</source>
        <translation>%1 起视为准予许可（超时默许）</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
</context>
<context>
    <name>CounterFace</name>
    <message>
        <source>Ticket %1 is still being served at this window. Quit anyway? The ticket stays with this window.</source>
        <translation>号票 %1 仍在本窗口办理中。仍要退出吗？该号票将保留在本窗口。</translation>
    </message>
</context>
<context>
    <name>CounterQueuePanel</name>
    <message>
        <source>Window %1</source>
        <extracomment>The ticket served here was finished (F4): what is on screen belongs to the applicant who left. The outcome F4 proposes first (the counter face asks intake what the case says), or None.</extracomment>
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
        <source>The scanned ticket %1 is not waiting in today's queue.</source>
        <translation>扫描的号票 %1 不在今天的排队中。</translation>
    </message>
    <message>
        <source>Finish ticket %1 before calling another one.</source>
        <translation>请先办结号票 %1，再呼叫下一位。</translation>
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
    <name>DayLines</name>
    <message>
        <source>Tickets per day</source>
        <translation>每日取号与办结</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Licence or certificate number</source>
        <translation>许可证件编号</translation>
    </message>
    <message>
        <source>Reasons for the denial</source>
        <translation>不予许可的理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
</context>
<context>
    <name>DeemedApprovalsPanel</name>
    <message>
        <source>Matters marked 超时默许: no decision by the statutory due date counts as approval.</source>
        <translation>标注“超时默许”的事项：法定期限届满仍未作出决定的，视为准予许可。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Statutory due</source>
        <translation>法定办结期限</translation>
    </message>
    <message>
        <source>Deemed approved on</source>
        <translation>视为准予日期</translation>
    </message>
</context>
<context>
    <name>DepartmentDesk</name>
    <message>
        <source>Department:</source>
        <extracomment>what the desk lists: handed to the department and not yet out of its hands move → (button text source, the stages it is offered in)</extracomment>
        <translation>承办部门：</translation>
    </message>
    <message>
        <source>Scan a hand-over list to sign for it, or a case number</source>
        <translation>扫描流转单签收，或扫描/输入办件编号</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Explain…</source>
        <translation>说明(&amp;E)…</translation>
    </message>
    <message>
        <source>Give your explanation (说明) of your card on the chosen case</source>
        <translation>对所选案件上本人的预警牌作出说明</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Statutory due</source>
        <translation>法定到期</translation>
    </message>
    <message>
        <source>Promised due</source>
        <translation>承诺到期</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Sign for</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>开始审查</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>中止计时…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Ask for extension…</source>
        <translation>申请延期…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>作出决定…</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>出件</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退件…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Urged by %1: %2 (explain by %3)</source>
        <translation>%1 督办：%2（请于 %3 前说明）</translation>
    </message>
    <message>
        <source>My explanation: %1</source>
        <translation>我的说明：%1</translation>
    </message>
    <message numerus="yes">
        <source>Signed for list %1: %n case(s)</source>
        <translation>
            <numerusform>已签收流转单 %1：共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Return the case</source>
        <translation>退件</translation>
    </message>
    <message>
        <source>Ask a supervisor for the extension</source>
        <translation>向督查人员申请延期</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>办件 %1：%2</translation>
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
        <extracomment>Where the store lives (its file, or server/database), set once it is open: a fault's message names it, and a full or read-only disk is told apart from other read and write errors.</extracomment>
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
    <name>ExpressDialog</name>
    <message>
        <source>Send the result of case %1 by express</source>
        <translation>邮寄送达案件 %1 的办理结果</translation>
    </message>
    <message>
        <source>Name the carrier.</source>
        <translation>请填写快递公司。</translation>
    </message>
    <message>
        <source>The tracking number is 6 to 40 letters, digits or hyphens, as on the waybill.</source>
        <translation>快递单号应为 6 至 40 位字母、数字或连字符，与面单一致。</translation>
    </message>
    <message>
        <source>Send the result by express</source>
        <translation>邮寄送达办理结果</translation>
    </message>
    <message>
        <source>The result is mailed to the applicant. The case is delivered now and closed when the signed delivery receipt comes back.</source>
        <translation>办理结果将邮寄给申请人。案件现在记为已送达，签收的送达回证返回后再办结。</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>快递公司(&amp;C)：</translation>
    </message>
    <message>
        <source>China Post EMS</source>
        <translation>中国邮政EMS</translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>快递单号(&amp;T)：</translation>
    </message>
    <message>
        <source>Scan or type the waybill number</source>
        <translation>扫描或输入快递面单号</translation>
    </message>
</context>
<context>
    <name>ExtensionRequestsPanel</name>
    <message>
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人员</translation>
    </message>
    <message>
        <source>Statutory due</source>
        <translation>法定办结期限</translation>
    </message>
    <message>
        <source>Note (needed to refuse)</source>
        <translation>意见（不批准时必填）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不批准</translation>
    </message>
    <message>
        <source>Case %1: statutory due %2</source>
        <translation>办件 %1：法定办结期限 %2</translation>
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
    <message>
        <source>Department desk</source>
        <translation>承办工作台</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>&amp;Create the site</source>
        <translation>创建站点(&amp;C)</translation>
    </message>
    <message>
        <source>Township centre (乡镇便民服务中心)</source>
        <translation>乡镇便民服务中心</translation>
    </message>
    <message>
        <source>Service hall (政务服务大厅)</source>
        <translation>政务服务大厅</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>取号时段</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>事项目录文件</translation>
    </message>
    <message>
        <source>Catalogue files (*.json *.xlsx)</source>
        <translation>事项目录文件 (*.json *.xlsx)</translation>
    </message>
    <message>
        <source>Central's CA certificate</source>
        <translation>中心库的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>证书 (*.crt *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>empty for now</source>
        <translation>暂时为空</translation>
    </message>
    <message>
        <source>the demo catalogue</source>
        <translation>演示事项目录</translation>
    </message>
    <message>
        <source>Site: %1 %2
Administrator: %3
Windows: %4
Queue categories: %5
Catalogue: %6
Central: %7</source>
        <translation>站点：%1 %2
管理员：%3
窗口：%4
排队类别：%5
事项目录：%6
中心库：%7</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>暂不连接</translation>
    </message>
    <message>
        <source>Set up windowdesk</source>
        <translation>设置 windowdesk</translation>
    </message>
    <message>
        <source>Your site</source>
        <translation>本站点</translation>
    </message>
    <message>
        <source>The code goes into every case number and cannot change later.</source>
        <translation>站点代码会出现在每个受理编号中，以后不能更改。</translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation>站点代码(&amp;C)：</translation>
    </message>
    <message>
        <source>2–6 capital letters or digits, e.g. QS01</source>
        <translation>2–6 位大写字母或数字，如 QS01</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>站点名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 青山镇便民服务中心</source>
        <translation>如 青山镇便民服务中心</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>第一位管理员</translation>
    </message>
    <message>
        <source>This account sets up windows, categories, users and settings. Keep the password safe.</source>
        <translation>此账户用于设置窗口、排队类别、用户和站点设置，请妥善保管密码。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. zhang</source>
        <translation>小写字母和数字，如 zhang</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>at least 8 characters, not the login</source>
        <translation>至少 8 个字符，不能与登录名相同</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>再次输入密码(&amp;G)：</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>How many counters the hall has, and their names and departments (you can change them later).</source>
        <translation>大厅有几个窗口，以及各窗口的名称和部门（以后可以修改）。</translation>
    </message>
    <message>
        <source>&amp;How many windows:</source>
        <translation>窗口数(&amp;H)：</translation>
    </message>
    <message>
        <source>Queue categories</source>
        <translation>排队类别</translation>
    </message>
    <message>
        <source>The kiosk's buttons. Untick what this site does not offer; each window serves every ticked category at first.</source>
        <translation>取号机上的按钮。取消勾选本站点不办理的类别；开始时每个窗口服务所有勾选的类别。</translation>
    </message>
    <message>
        <source>&amp;Add a category</source>
        <translation>添加类别(&amp;A)</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>The matters the counters accept. It can also come from central later.</source>
        <translation>窗口受理的事项，也可以以后从中心库获取。</translation>
    </message>
    <message>
        <source>&amp;Leave it empty for now (pull it from central later)</source>
        <translation>暂时留空（以后从中心库获取）(&amp;L)</translation>
    </message>
    <message>
        <source>Load the &amp;demo catalogue (to try things out)</source>
        <translation>载入演示事项目录（用于试用）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import a catalogue file (.json or .xlsx):</source>
        <translation>导入事项目录文件（.json 或 .xlsx）(&amp;I)：</translation>
    </message>
    <message>
        <source>path of the file</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Central store (optional)</source>
        <translation>中心库（可选）</translation>
    </message>
    <message>
        <source>Leave the address empty to work offline; an administrator can link the site later with the command windowdesk sync setup.</source>
        <translation>不填地址即离线工作；以后管理员可用命令 windowdesk sync setup 连接中心库。</translation>
    </message>
    <message>
        <source>Central &amp;address:</source>
        <translation>中心库地址(&amp;A)：</translation>
    </message>
    <message>
        <source>postgresql://central.example:5432/windowdesk</source>
        <translation>postgresql://central.example:5432/windowdesk</translation>
    </message>
    <message>
        <source>This site's &amp;password:</source>
        <translation>本站点密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Central's &amp;CA certificate:</source>
        <translation>中心库 CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>ca.crt (PEM), from central's administrator</source>
        <translation>ca.crt（PEM 格式），由中心库管理员提供</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>Finish creates the site and signs you in as its administrator.</source>
        <translation>点击“创建站点”后即创建本站点，并以管理员身份登录。</translation>
    </message>
</context>
<context>
    <name>FollowupsPanel</name>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>All, closed ones too</source>
        <translation>全部（含已办结）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>整改单</translation>
    </message>
    <message>
        <source>Rated visit</source>
        <translation>评价对象</translation>
    </message>
    <message>
        <source>Visit day</source>
        <translation>办理日期</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>差评原因</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Applicant satisfied</source>
        <translation>申请人满意</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What was found, done or answered</source>
        <translation>核实情况、整改措施或回访结果</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Record (Ctrl+Enter)</source>
        <translation>记录（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>%1 shown · %2 overdue</source>
        <translation>共 %1 件 · 逾期 %2 件</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>closed on time</source>
        <translation>按期办结</translation>
    </message>
    <message>
        <source>closed late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>No follow-up selected.</source>
        <translation>未选择整改单。</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 · %4 · reasons: %5</source>
        <translation>%1 · %3 %2 · %4 · 原因：%5</translation>
    </message>
    <message>
        <source>The applicant wrote: %1</source>
        <translation>申请人说明：%1</translation>
    </message>
    <message>
        <source>Call back: %1 %2</source>
        <translation>回访联系：%1 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Record %1 (Ctrl+Enter)</source>
        <translation>记录%1（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Choose whether the applicant was satisfied with the answer.</source>
        <translation>请选择申请人对回访答复是否满意。</translation>
    </message>
    <message>
        <source>Recorded: %1 %2.</source>
        <translation>已记录：%1 %2。</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>下一步：%1。</translation>
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
    <name>HandlingDialog</name>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>List %1 for %2: %3</source>
        <translation>流转单 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Hand-over list</source>
        <translation>流转单</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>承办部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the waiting cases again (F5)</source>
        <translation>重新读取待移交案件（F5）</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Accepted cases waiting to be handed over, the longest waiting first. Select the ones to hand over (Ctrl or Shift with a click or the arrow keys; Ctrl+A selects all): they go to the department on one printed list.</source>
        <translation>已受理、待移交承办的案件，等待最久的在前。选择要移交的案件（按住 Ctrl 或 Shift 点击或用方向键多选，Ctrl+A 全选），所选案件列入同一张流转单移交承办部门并打印。</translation>
    </message>
    <message>
        <source>No accepted cases are waiting to be handed over to this department.</source>
        <translation>该部门没有待移交的已受理案件。</translation>
    </message>
    <message>
        <source>&amp;Hand over the selected cases and print the list</source>
        <translation>移交所选案件并打印流转单(&amp;H)</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Arrivals by weekday and hour</source>
        <translation>到达人数（星期 × 时段）</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1时</translation>
    </message>
</context>
<context>
    <name>IntakeDraftKeeper</name>
    <message>
        <source>An intake at this window was not finished (%1, applicant %2, kept %3). Continue it?</source>
        <translation>本窗口有一件未完成的受理（%1，申请人 %2，保存于 %3）。是否继续？</translation>
    </message>
    <message>
        <source>no matter yet</source>
        <translation>尚未选择事项</translation>
    </message>
</context>
<context>
    <name>IntakeLabels</name>
    <message>
        <source>— not checked —</source>
        <translation>— 未核验 —</translation>
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
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <source>Scan or type a case number, then Enter</source>
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
        <translation>输入事项名称、编码或拼音首字母</translation>
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
        <extracomment>A case was decided: (case number, ticket id or None). The queue panel finishes its ticket on it.</extracomment>
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
        <source>Scan the barcode of your notice to see its progress</source>
        <translation>扫描通知书上的条码，查询办件进度</translation>
    </message>
    <message>
        <source>Progress of my application:</source>
        <translation>办件进度查询：</translation>
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
        <source>Ticket %1</source>
        <translation>取号凭条 %1</translation>
    </message>
    <message>
        <source>No printer: please note your number.</source>
        <translation>没有打印机：请记下您的号码。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>办理阶段：%1</translation>
    </message>
    <message>
        <source> (clock paused for a special procedure)</source>
        <translation>（特别程序期间，计时中止）</translation>
    </message>
    <message>
        <source>Department: %1  Phone: %2</source>
        <translation>承办部门：%1　电话：%2</translation>
    </message>
    <message>
        <source>To be decided by %1</source>
        <translation>办结期限：%1</translation>
    </message>
    <message>
        <source>Appointment %1 read: touch the service you booked.</source>
        <translation>已读取预约码 %1，请点选您预约的业务。</translation>
    </message>
    <message>
        <source>Ticket %1 is not from today: please take a new number.</source>
        <translation>号码 %1 不是今天的号，请重新取号。</translation>
    </message>
    <message>
        <source>Number %1: please go to window %2.</source>
        <translation>%1 号，请到 %2 号窗口办理。</translation>
    </message>
    <message>
        <source>Number %1 is waiting: %2 ahead of you.</source>
        <translation>%1 号正在等候，前面还有 %2 人。</translation>
    </message>
    <message>
        <source>Number %1 was called but missed: please ask the information desk.</source>
        <translation>%1 号已叫过（过号），请到咨询台询问。</translation>
    </message>
    <message>
        <source>Number %1 is no longer waiting today.</source>
        <translation>%1 号今天已不在等候中。</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>%1优先</translation>
    </message>
    <message>
        <source>Appointment check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Scan or enter your appointment code</source>
        <translation>请扫描或输入预约码</translation>
    </message>
    <message>
        <source>Then touch the service you booked.</source>
        <translation>然后点选您预约的业务。</translation>
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
    <name>KioskReleaseDialog</name>
    <message>
        <source>Enter an administrator's user name and password.</source>
        <translation>请输入管理员的用户名和密码。</translation>
    </message>
    <message>
        <source>Leave the ticket kiosk</source>
        <translation>退出取号机</translation>
    </message>
    <message>
        <source>Staff only: an administrator's user name and password are needed to leave the kiosk.</source>
        <translation>仅限工作人员：退出取号机须输入管理员的用户名和密码。</translation>
    </message>
    <message>
        <source>Administrator's &amp;user name:</source>
        <translation>管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Leave &amp;full screen</source>
        <translation>退出全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close the kiosk</source>
        <translation>关闭取号机(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Signed in: %1, window %2</source>
        <translation>当前登录：%1，%2 号窗口</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>This counter is locked</source>
        <translation>本窗口界面已锁定</translation>
    </message>
    <message>
        <source>The queue, the hall display and the kiosk keep running. Unlock with your own password, or an administrator's.</source>
        <translation>排队、叫号屏和取号机照常运行。请用本人或管理员的密码解锁。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
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
        <source>Shift change: the next clerk signs in</source>
        <translation>交接班：接班人员登录</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ready to sign in.</source>
        <translation>可以登录。</translation>
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
        <source>Loading…</source>
        <translation>正在加载…</translation>
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
        <source>&amp;Lock this counter</source>
        <translation>锁定本窗口界面(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;hift change…</source>
        <translation>交接班(&amp;H)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
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
        <source>My bad-rating &amp;follow-ups…</source>
        <translation>我的差评整改单(&amp;F)…</translation>
    </message>
    <message>
        <source>My &amp;cards and exceptions…</source>
        <translation>我的预警与异常(&amp;C)…</translation>
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
        <source>&amp;Keyboard shortcuts…</source>
        <translation>快捷键一览(&amp;K)…</translation>
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
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>clerk</source>
        <extracomment>Windows that run for the hall, not for the signed-in user: the lock and a shift change leave them be.</extracomment>
        <translation>窗口工作人员</translation>
    </message>
    <message>
        <source>department handler</source>
        <translation>承办人员</translation>
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
        <source>Extension (working days)</source>
        <translation>可延长（工作日）</translation>
    </message>
    <message>
        <source>e.g. XK-SCJG-001</source>
        <translation>如 XK-SCJG-001</translation>
    </message>
    <message>
        <source>Working days an approved extension adds to the statutory limit</source>
        <translation>批准延期时在法定时限上增加的工作日数</translation>
    </message>
    <message>
        <source>Approved when undecided past the statutory limit (silence is consent)</source>
        <translation>超过法定时限未作决定视为准予（超时默许）</translation>
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
        <translation>表格/样表</translation>
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
    <name>MyAlertsDialog</name>
    <message>
        <source>My cards and exceptions</source>
        <translation>我的预警与异常</translation>
    </message>
</context>
<context>
    <name>MyAlertsPanel</name>
    <message>
        <source>%1 card of case %2</source>
        <translation>办件%2的%1</translation>
    </message>
    <message>
        <source>Exception “%1” of %2</source>
        <translation>%2的异常：%1</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Case or ticket</source>
        <translation>案件或号票</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>处理状态</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>督办意见</translation>
    </message>
    <message>
        <source>My explanation</source>
        <translation>我的说明</translation>
    </message>
    <message>
        <source>No cards or exceptions are waiting for you.</source>
        <translation>没有需要您处理的预警牌或异常。</translation>
    </message>
    <message>
        <source>&amp;Explain…</source>
        <translation>说明(&amp;E)…</translation>
    </message>
    <message>
        <source>Give your explanation of the selected card or exception</source>
        <translation>对所选预警牌或异常作出说明</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (answer by %2)</source>
        <translation>%1（%2前答复）</translation>
    </message>
</context>
<context>
    <name>MyFollowupsDialog</name>
    <message>
        <source>My bad-rating follow-ups</source>
        <translation>我的差评整改单</translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 条，共 %3 条</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause the clock (special procedure)</source>
        <translation>中止计时（特别程序）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Expected working days</source>
        <translation>预计所需工作日</translation>
    </message>
</context>
<context>
    <name>PinyinKeyboard</name>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
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
    <name>RatingPad</name>
    <message>
        <source>No photo</source>
        <extracomment>Emitted after a rating or 未评价 was stored (tests wait on it): the RatingInfo.</extracomment>
        <translation>暂无照片</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>未配对</translation>
    </message>
    <message>
        <source>This pad is paired to no window of this site</source>
        <translation>本评价器尚未配对本站点的窗口</translation>
    </message>
    <message>
        <source>Set its window in File ▸ Settings of this PC…</source>
        <translation>请在“文件 ▸ 本机设置…”中设置其窗口号</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>当班工作人员</translation>
    </message>
    <message>
        <source>No one signed in yet</source>
        <translation>暂无工作人员登录</translation>
    </message>
    <message>
        <source>Staff no. %1</source>
        <translation>工号：%1</translation>
    </message>
    <message>
        <source>Result of case %1 · window %2 · %3</source>
        <translation>办件 %1 出件 · %2 号窗口 · %3</translation>
    </message>
    <message>
        <source>Ticket %1 · window %2 · %3</source>
        <translation>%1 号 · %2 号窗口 · %3</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>补充说明：%1</translation>
    </message>
    <message>
        <source>Add a comment (optional)</source>
        <translation>补充说明（可选）</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <source>We will look into it and get back to you.</source>
        <translation>我们将核实整改，并回访您。</translation>
    </message>
    <message>
        <source>The rating could not be saved.</source>
        <translation>评价未能保存。</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>抱歉</translation>
    </message>
    <message>
        <source>Rating pad</source>
        <translation>评价器</translation>
    </message>
    <message>
        <source>After your visit, please rate our service here.</source>
        <translation>办理结束后，请在此对我们的服务进行评价。</translation>
    </message>
    <message>
        <source>How satisfied are you with this visit?</source>
        <translation>请您对本次服务进行评价</translation>
    </message>
    <message>
        <source>We are sorry. What went wrong? (choose one or more)</source>
        <translation>很抱歉！请选择不满意的原因（可多选）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <source>Your comment (type pinyin, then touch a word)</source>
        <translation>补充说明（输入拼音，再点选文字）</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
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
        <source>&amp;Rating pad of window:</source>
        <translation>评价器所属窗口(&amp;R)：</translation>
    </message>
    <message>
        <source>this PC's window</source>
        <translation>同本机窗口</translation>
    </message>
    <message>
        <source>A new language takes effect after signing in again.</source>
        <translation>更改语言后，重新登录时生效。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Call the next ticket</source>
        <translation>呼叫下一位</translation>
    </message>
    <message>
        <source>Call the ticket again</source>
        <translation>重复呼叫</translation>
    </message>
    <message>
        <source>The applicant did not come (no-show)</source>
        <translation>过号（申请人未到）</translation>
    </message>
    <message>
        <source>Start serving the called ticket</source>
        <translation>开始办理已呼叫的号</translation>
    </message>
    <message>
        <source>Call the ticket chosen in the waiting list</source>
        <translation>呼叫等候列表中选中的号</translation>
    </message>
    <message>
        <source>Transfer the ticket to another category or window</source>
        <translation>转到其他类别或窗口</translation>
    </message>
    <message>
        <source>Pause or resume this window</source>
        <translation>暂停或恢复本窗口</translation>
    </message>
    <message>
        <source>Go to the case number field</source>
        <translation>转到案件编号输入框</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>A notice's barcode opens its case, a ticket slip calls that ticket, wherever the focus is</source>
        <translation>扫告知书条码打开该案件，扫号票呼叫该号，与光标位置无关</translation>
    </message>
    <message>
        <source>In the matter search: go to the results / take the chosen (or first) matter</source>
        <translation>在事项搜索框中：转到结果列表／选定所选（或第一个）事项</translation>
    </message>
    <message>
        <source>On a material: received / missing / not conforming, then the next material</source>
        <translation>在材料行上：已收／缺少／不符合要求，随后转到下一项材料</translation>
    </message>
    <message>
        <source>Mark every unchecked material as received (intake and correction)</source>
        <translation>将所有未核验的材料标为已收（受理与补正）</translation>
    </message>
    <message>
        <source>Confirm the outcome, or record the correction</source>
        <translation>确认办理结果，或登记补正</translation>
    </message>
    <message>
        <source>On a case: preview and print the chosen document (Alt+P prints in the preview)</source>
        <translation>办件页面：预览并打印所选文书（预览中按 Alt+P 打印）</translation>
    </message>
    <message>
        <source>On a case: the applicant withdraws / send the result by express / close the case</source>
        <translation>案件页：申请人撤回 / 邮寄送达 / 办结</translation>
    </message>
    <message>
        <source>Finish the visit; the outcome the case already has is proposed</source>
        <translation>办结本次接待，默认建议案件已有的结果</translation>
    </message>
    <message>
        <source>Your yellow and red cards and exceptions: give your explanation</source>
        <translation>本人的黄牌、红牌和异常：作出说明</translation>
    </message>
    <message>
        <source>Quit (asks first while a ticket is being served)</source>
        <translation>退出（正在办理号票时会先询问）</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键一览</translation>
    </message>
    <message>
        <source>The whole visit works from the keyboard. A barcode scanner works wherever the focus is.</source>
        <translation>整个办理过程都可以只用键盘完成。无论光标在哪里，扫码枪都能使用。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>StaffFilter</name>
    <message>
        <source>all</source>
        <extracomment>the item role holding what typing is matched against (lower case: name, pinyin, initials, 工号, login)</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation>（已停用）</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Queue category</source>
        <translation>排队类别</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Monthly report PDF…</source>
        <translation>效能月报 PDF…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <source>Tickets %1 · served %2 · no-shows %3 · wait mean/median/P90 %4/%5/%6 min · service %7/%8/%9 min</source>
        <translation>取号 %1 · 办结 %2 · 过号 %3 · 等候 平均/中位/P90 %4/%5/%6 分钟 · 办理 平均/中位/P90 %7/%8/%9 分钟</translation>
    </message>
    <message>
        <source>Cases %1 · decided %2 · on time %3 · overdue %4 · yellow %5 · red %6 · exceptions %7</source>
        <translation>收件 %1 · 期内决定 %2 · 按期率 %3 · 超期未决 %4 · 黄牌 %5 · 红牌 %6 · 异常 %7</translation>
    </message>
    <message>
        <source>Ratings %1 · rating rate %2 · satisfied %3 · bad %4 · follow-ups closed on time %5, late %6 · on time %7</source>
        <translation>评价 %1 · 评价率 %2 · 满意率 %3 · 差评 %4 · 差评整改按期办结 %5、逾期 %6 · 按期率 %7</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Wait
mean</source>
        <translation>等候
平均</translation>
    </message>
    <message>
        <source>Wait
median</source>
        <translation>等候
中位数</translation>
    </message>
    <message>
        <source>Wait
P90</source>
        <translation>等候
P90</translation>
    </message>
    <message>
        <source>Service
mean</source>
        <translation>办理
平均</translation>
    </message>
    <message>
        <source>Service
median</source>
        <translation>办理
中位数</translation>
    </message>
    <message>
        <source>Service
P90</source>
        <translation>办理
P90</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>期内决定</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红牌</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>SupervisionWatch</name>
    <message>
        <source>%1: %2 (answer by %3)</source>
        <translation>%1：%2（%3 前答复）</translation>
    </message>
    <message>
        <source>Supervisors urge you to act on:</source>
        <translation>督查人员督办以下事项：</translation>
    </message>
</context>
<context>
    <name>SupervisorFace</name>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Cards and exceptions</source>
        <translation>预警与异常</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Extension requests</source>
        <translation>延期审批</translation>
    </message>
    <message>
        <source>Deemed approvals</source>
        <translation>超时默许</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>移交承办</translation>
    </message>
    <message>
        <source>Bad-rating follow-ups</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <source>Case number (type or scan), or double-click a case</source>
        <translation>输入或扫描办件编号，或在办件列表中双击</translation>
    </message>
    <message>
        <source>Case page</source>
        <translation>办件详情</translation>
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
    <name>WaitingCasesModel</name>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
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
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Past its due date: hand it over without delay</source>
        <translation>已过办结期限，请尽快移交</translation>
    </message>
</context>
<context>
    <name>WindowBars</name>
    <message>
        <source>Tickets per window</source>
        <translation>各窗口取号与办结</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdrawal of case %1</source>
        <extracomment>The page's move buttons: move name (case_stages.MOVES) → the button's objectName in forms/case_page.ui. Their keys (mnemonics in the buttons' texts; the menu bar keeps Alt+F, W, S and H).</extracomment>
        <translation>案件 %1 撤回</translation>
    </message>
    <message>
        <source>Write the reason given in the applicant's written request.</source>
        <translation>请写明申请人书面申请中的理由。</translation>
    </message>
    <message>
        <source>Record the applicant's withdrawal</source>
        <translation>登记申请人撤回</translation>
    </message>
    <message>
        <source>The applicant asked in writing to withdraw the application. The case ends as withdrawn; the request is kept with the case.</source>
        <translation>申请人书面申请撤回行政许可申请。案件将终止为已撤回，书面申请的理由随案记录。</translation>
    </message>
    <message>
        <source>&amp;Reason given in the written request:</source>
        <translation>书面申请中的理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Export XLSX</source>
        <translation>导出 XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
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
        <source>windowdesk, the workbench of a government service hall's counters. Without a command it starts the graphical interface.</source>
        <translation>windowdesk 政务服务窗口工作台。不带子命令时启动图形界面。</translation>
    </message>
    <message>
        <source>Database address (sqlite:///file or postgresql+psycopg://…); by default WINDOWDESK_DB, otherwise the embedded database in the user's data folder</source>
        <translation>数据库地址（sqlite:///文件 或 postgresql+psycopg://…）；默认取 WINDOWDESK_DB，否则为用户数据目录中的嵌入式数据库</translation>
    </message>
    <message>
        <source>windowdesk: interrupted</source>
        <translation>windowdesk: 已中断</translation>
    </message>
    <message>
        <source>, see the log {path}</source>
        <translation>，详见日志 {path}</translation>
    </message>
    <message>
        <source>windowdesk: internal error: {kind}: {error}{where}</source>
        <translation>windowdesk: 内部错误：{kind}: {error}{where}</translation>
    </message>
    <message>
        <source>Initialise this site's database (site code, name, kind)</source>
        <translation>初始化本站点数据库（站点代码、名称、类型）</translation>
    </message>
    <message>
        <source>The site code, such as SZ01 (it appears in the case numbers)</source>
        <translation>站点代码，如 SZ01（会出现在受理编号中）</translation>
    </message>
    <message>
        <source>The site name, such as Model City Government Service Centre</source>
        <translation>站点名称，如 示范市政务服务中心</translation>
    </message>
    <message>
        <source>hall a service hall / township a township</source>
        <translation>hall 大厅 / township 乡镇</translation>
    </message>
    <message>
        <source>Create the database (if needed) and load the demo data; running it again changes nothing</source>
        <translation>创建数据库（如需要）并载入演示数据；重复运行不产生变化</translation>
    </message>
    <message>
        <source>Also create N sample cases (0–10000)</source>
        <translation>另外创建 N 个示例办件（0–10000）</translation>
    </message>
    <message>
        <source>Also generate a year of a busy hall (tickets, cases, cards, ratings; written in bulk, not synced)</source>
        <translation>另外生成一年的繁忙大厅数据（号票、办件、黄红牌、评价；批量写入，不参与同步）</translation>
    </message>
    <message>
        <source>The workdays of --year (default 250)</source>
        <translation>--year 的工作日数（默认 250）</translation>
    </message>
    <message>
        <source>The tickets a day of --year (default 2000)</source>
        <translation>--year 每日取号数（默认 2000）</translation>
    </message>
    <message>
        <source>The cases received a day of --year (default 600)</source>
        <translation>--year 每日收件数（默认 600）</translation>
    </message>
    <message>
        <source>Database maintenance</source>
        <translation>数据库维护</translation>
    </message>
    <message>
        <source>Create or upgrade the database structure (may be run again)</source>
        <translation>创建或升级数据库结构（可重复运行）</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Add a user (the password is typed at the terminal, or read from standard input with --password-stdin)</source>
        <translation>新增用户（密码从终端输入，或用 --password-stdin 从标准输入读取）</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Read one line from standard input as the password</source>
        <translation>从标准输入读取一行作为密码</translation>
    </message>
    <message>
        <source>Change a user's password</source>
        <translation>修改用户密码</translation>
    </message>
    <message>
        <source>List the users</source>
        <translation>列出用户</translation>
    </message>
    <message>
        <source>Change a user's role, default window or name</source>
        <translation>修改用户的角色、默认窗口或姓名</translation>
    </message>
    <message>
        <source>The default window number (0 for none)</source>
        <translation>默认窗口号（0 表示不设）</translation>
    </message>
    <message>
        <source>The staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Disable a user (not deleted: their records stay)</source>
        <translation>停用用户（不删除，其记录保留）</translation>
    </message>
    <message>
        <source>Enable a user again</source>
        <translation>重新启用用户</translation>
    </message>
    <message>
        <source>Unlock an account locked after too many wrong passwords</source>
        <translation>解除因多次输错密码而锁定的账户</translation>
    </message>
    <message>
        <source>Manage windows</source>
        <translation>窗口管理</translation>
    </message>
    <message>
        <source>Add a window</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <source>The window number (1–999)</source>
        <translation>窗口号（1–999）</translation>
    </message>
    <message>
        <source>The window name, by default “Window N”</source>
        <translation>窗口名称，默认“N号窗口”</translation>
    </message>
    <message>
        <source>Its department</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <source>List the windows</source>
        <translation>列出窗口</translation>
    </message>
    <message>
        <source>Change a window's name, department or whether it is in use</source>
        <translation>修改窗口名称、部门或启用状态</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>站点设置</translation>
    </message>
    <message>
        <source>List every site setting and its value</source>
        <translation>列出全部站点设置及其当前值</translation>
    </message>
    <message>
        <source>Change a site setting</source>
        <translation>修改一项站点设置</translation>
    </message>
    <message>
        <source>The calendar of workdays</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <source>Print the date of the Nth workday after START</source>
        <translation>打印 START 之后第 N 个工作日的日期</translation>
    </message>
    <message>
        <source>The day counting starts from, YYYY-MM-DD (not counted itself)</source>
        <translation>起算日期 YYYY-MM-DD（当天不计）</translation>
    </message>
    <message>
        <source>The number of workdays</source>
        <translation>工作日数</translation>
    </message>
    <message>
        <source>List the holidays and make-up workdays the administrators entered</source>
        <translation>列出管理员录入的节假日与调休工作日</translation>
    </message>
    <message>
        <source>Make a day a holiday or a (make-up) workday</source>
        <translation>把某天设为节假日或（调休）工作日</translation>
    </message>
    <message>
        <source>Mark a year's holiday schedule as fully entered (no longer provisional)</source>
        <translation>标记某年的节假日安排已完整录入（不再是暂定）</translation>
    </message>
    <message>
        <source>The basis, such as the number of the State Council General Office's notice</source>
        <translation>依据，如 国务院办公厅通知文号</translation>
    </message>
    <message>
        <source>Import a year's holiday schedule from a file (each line: date holiday|workday note; # starts a comment, # source: gives the notice's number)</source>
        <translation>从文件导入一年的节假日安排（每行：日期 holiday|workday 备注；# 开头为注释，# source: 写通知文号）</translation>
    </message>
    <message>
        <source>The basis (used when the file has no # source: line)</source>
        <translation>依据（文件中没有 # source: 行时使用）</translation>
    </message>
    <message>
        <source>The number of sample cases is a whole number from 0 to 10000, not {text!r}</source>
        <translation>示例办件数须为 0 到 10000 的整数，而不是 {text!r}</translation>
    </message>
    <message>
        <source>No password on standard input</source>
        <translation>标准输入中没有密码</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>Site {code} {name} is ready ({store})</source>
        <translation>站点 {code} {name} 已就绪（{store}）</translation>
    </message>
    <message>
        <source>Demo data loaded: {count} created ({store})</source>
        <translation>已载入演示数据：新建 {count} 项（{store}）</translation>
    </message>
    <message>
        <source>The demo data is there already, nothing to change ({store})</source>
        <translation>演示数据已存在，无需更改（{store}）</translation>
    </message>
    <message>
        <source>Demo users {logins}, password {password}</source>
        <translation>演示用户 {logins}，密码 {password}</translation>
    </message>
    <message>
        <source>Generated {days} workdays from {first} to {last}: tickets {tickets}, cases {cases}, cards {cards}, ratings {ratings}</source>
        <translation>已生成 {first} 至 {last} 共 {days} 个工作日：号票 {tickets}，办件 {cases}，黄红牌 {cards}，评价 {ratings}</translation>
    </message>
    <message>
        <source>The database structure is up to date ({store})</source>
        <translation>数据库结构已是最新（{store}）</translation>
    </message>
    <message>
        <source>Added the user {login} ({role})</source>
        <translation>已新增用户 {login}（{role}）</translation>
    </message>
    <message>
        <source>{login} must change the password at the first sign-in</source>
        <translation>{login} 首次登录时须修改密码</translation>
    </message>
    <message>
        <source>Changed the password of the user {login}</source>
        <translation>已修改用户 {login} 的密码</translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation>（停用）</translation>
    </message>
    <message>
        <source>{label} ({key}) set to {value}</source>
        <translation>{label}（{key}）已设为 {value}</translation>
    </message>
    <message>
        <source>Note: beyond the published holiday schedule, the result is provisional (no make-up days counted)</source>
        <translation>注意：超出已公布的节假日安排，结果为暂定（未计调休）</translation>
    </message>
    <message>
        <source>workday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>{day} is now a {kind}</source>
        <translation>{day} 已设为{kind}</translation>
    </message>
    <message>
        <source>The holiday schedule of {year} is marked as official</source>
        <translation>{year} 年节假日安排已标记为正式</translation>
    </message>
    <message>
        <source>Nothing to change (--role, --window, --name or --staff-no)</source>
        <translation>没有要修改的内容（--role、--window、--name 或 --staff-no）</translation>
    </message>
    <message>
        <source>window {number}</source>
        <translation>{number} 号窗口</translation>
    </message>
    <message>
        <source>no default window</source>
        <translation>未设默认窗口</translation>
    </message>
    <message>
        <source>User {login}: {name}, {role}, {window}</source>
        <translation>用户 {login}：{name}，{role}，{window}</translation>
    </message>
    <message>
        <source>User {login} disabled (their records stay)</source>
        <translation>用户 {login} 已停用（其办理记录保留）</translation>
    </message>
    <message>
        <source>User {login} enabled</source>
        <translation>用户 {login} 已启用</translation>
    </message>
    <message>
        <source>User {login} unlocked</source>
        <translation>用户 {login} 已解除锁定</translation>
    </message>
    <message>
        <source>Added window {number}: {name}</source>
        <translation>已新增 {number} 号窗口：{name}</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Nothing to change (--name, --department or --active)</source>
        <translation>没有要修改的内容（--name、--department 或 --active）</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>未设部门</translation>
    </message>
    <message>
        <source>Window {number}: {name}, {department}, {in_use}</source>
        <translation>{number} 号窗口：{name}，{department}，{in_use}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>Imported the holiday schedule of {year}: {days} days, marked as official</source>
        <translation>已导入 {year} 年节假日安排：{days} 天，已标记为正式</translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD, not {text!r}</source>
        <translation>日期格式应为 YYYY-MM-DD，而不是 {text!r}</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Verify the hash chains of the audit records and report the first break (exit code 1)</source>
        <translation>校验审计记录的哈希链，报告第一处断链（退出码 1）</translation>
    </message>
    <message>
        <source>Verify the audit chains of every site and device in the central store (connecting as its owner) and record the breaks there</source>
        <translation>校验中心库中各站点各设备的审计链（以中心库所有者身份连接），并把断链记入中心库</translation>
    </message>
    <message>
        <source>{where}: {entries} audit records checked, {chains} chains</source>
        <translation>{where}：已校验 {entries} 条审计记录，{chains} 条链</translation>
    </message>
    <message>
        <source> ({count} more predate the hash chain, unprotected)</source>
        <translation>（另有 {count} 条早于哈希链，未受保护）</translation>
    </message>
    <message>
        <source>The audit chain is intact</source>
        <translation>审计链完好</translation>
    </message>
    <message>
        <source>First break: {where}</source>
        <translation>第一处断链：{where}</translation>
    </message>
    <message>
        <source>{count} breaks in all</source>
        <translation>共 {count} 处断链</translation>
    </message>
    <message>
        <source>Back up this site's database online (verified once written), by default into the folder of the setting backup.dir</source>
        <translation>在线备份本站点数据库（写完后校验），默认写入设置 backup.dir 指定的目录</translation>
    </message>
    <message>
        <source>The folder the backup is written to</source>
        <translation>备份写入的目录</translation>
    </message>
    <message>
        <source>Restore the database from a backup (close windowdesk on this computer first); after a restore it takes one sync with the central store before new case numbers can be given</source>
        <translation>从备份恢复数据库（须先关闭本机的 windowdesk）；恢复后须与中心库同步一次才能产生新的受理编号</translation>
    </message>
    <message>
        <source>The backup file (.sqlite3 or .dump)</source>
        <translation>备份文件（.sqlite3 或 .dump）</translation>
    </message>
    <message>
        <source>Administrator: let the restored database give new case numbers without waiting for a sync (the reason goes into the audit)</source>
        <translation>管理员：不等同步，允许已恢复的数据库产生新的受理编号（理由记入审计）</translation>
    </message>
    <message>
        <source>Backed up and verified: {rows} rows, {size} bytes</source>
        <translation>已备份并校验：{rows} 行，{size} 字节</translation>
    </message>
    <message>
        <source>Use --override on its own (after the restore)</source>
        <translation>--override 单独使用（恢复之后）</translation>
    </message>
    <message>
        <source>Restore limit lifted: this database can give new case numbers (the reason is in the audit)</source>
        <translation>已解除恢复限制：本数据库可以产生新的受理编号（理由已记入审计）</translation>
    </message>
    <message>
        <source>Name the backup file</source>
        <translation>请给出备份文件</translation>
    </message>
    <message>
        <source>Restored {store} from {file} ({rows} rows)</source>
        <translation>已从 {file} 恢复 {store}（{rows} 行）</translation>
    </message>
    <message>
        <source>The former database file is kept as {path}</source>
        <translation>原数据库文件保留为 {path}</translation>
    </message>
    <message>
        <source>Note: no new case numbers until one sync with the central store (windowdesk sync)</source>
        <translation>注意：与中心库同步一次之前，不能产生新的受理编号（windowdesk sync）</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Hand accepted cases over to the department handling them (writes a hand-over list)</source>
        <translation>把已受理的案件移交承办部门（生成流转单）</translation>
    </message>
    <message>
        <source>The code of the department handling it</source>
        <translation>承办部门代码</translation>
    </message>
    <message>
        <source>Save the hand-over list PDF here</source>
        <translation>流转单 PDF 保存到此</translation>
    </message>
    <message>
        <source>The department signs for it (a case number, or the batch number of a hand-over list)</source>
        <translation>承办部门签收（案件编号，或流转单批次号）</translation>
    </message>
    <message>
        <source>Start the review</source>
        <translation>开始审查</translation>
    </message>
    <message>
        <source>The special procedure is over: the clock runs again</source>
        <translation>特别程序结束，恢复计时</translation>
    </message>
    <message>
        <source>Result ready: it has reached the delivery window</source>
        <translation>出件：结果已到出件窗口</translation>
    </message>
    <message>
        <source>Close (the proof of service of an express delivery is back)</source>
        <translation>办结（邮寄送达的回证已返回）</translation>
    </message>
    <message>
        <source>Special procedure (hearing, inspection, testing, appraisal, expert review and the like): pause the clock</source>
        <translation>特别程序（听证、检验、检测、鉴定、专家评审等）：中止计时</translation>
    </message>
    <message>
        <source>The kind of special procedure</source>
        <translation>特别程序种类</translation>
    </message>
    <message>
        <source>The workdays it is expected to take</source>
        <translation>预计所需工作日</translation>
    </message>
    <message>
        <source>Approve an extension (supervisor): the statutory time limit grows by N workdays, once only</source>
        <translation>批准延期（督查人员）：法定期限延长 N 个工作日，仅限一次</translation>
    </message>
    <message>
        <source>Decide: --approve grants the licence or --deny refuses it</source>
        <translation>作出决定：--approve 准予许可 或 --deny 不予许可</translation>
    </message>
    <message>
        <source>Grant the licence</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>Refuse the licence (with a reason and its legal basis)</source>
        <translation>不予许可（须写理由和依据）</translation>
    </message>
    <message>
        <source>The number of the licence</source>
        <translation>许可证件编号</translation>
    </message>
    <message>
        <source>The reason for refusing the licence</source>
        <translation>不予许可的理由</translation>
    </message>
    <message>
        <source>The legal basis for refusing the licence</source>
        <translation>不予许可的法律依据</translation>
    </message>
    <message>
        <source>Deliver: --pickup at the window (the ID is checked) or --express by post</source>
        <translation>送达：--pickup 窗口领取（核验证件）或 --express 邮寄</translation>
    </message>
    <message>
        <source>Picked up at the window</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>Delivered by post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>The ID number of the person picking it up (the applicant or an agent)</source>
        <translation>领取人证件号码（申请人或代理人）</translation>
    </message>
    <message>
        <source>The express company</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>The tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>The applicant withdraws the application in writing</source>
        <translation>申请人书面申请撤回</translation>
    </message>
    <message>
        <source>Return the case before it is decided</source>
        <translation>中途退件</translation>
    </message>
    <message>
        <source>Recompute the due dates of the open cases after the calendar changed</source>
        <translation>日历变更后重新计算未办结案件的办结期限</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} 件</translation>
    </message>
    <message>
        <source>Hand-over list</source>
        <translation>流转单</translation>
    </message>
    <message>
        <source>Signed for the hand-over list</source>
        <translation>已签收流转单</translation>
    </message>
    <message>
        <source>Express needs --carrier and --tracking</source>
        <translation>邮寄送达须写明 --carrier 和 --tracking</translation>
    </message>
    <message>
        <source>Recomputed {count} cases</source>
        <translation>已重新计算 {count} 件</translation>
    </message>
    <message>
        <source> (deemed accepted)</source>
        <translation>（视为受理）</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>阶段：{stage}</translation>
    </message>
    <message>
        <source>Statutory due date: {day}</source>
        <translation>法定办结期限：{day}</translation>
    </message>
    <message>
        <source>Promised due date: {day}</source>
        <translation>承诺办结期限：{day}</translation>
    </message>
    <message>
        <source>Department: {name} ({code})</source>
        <translation>承办部门：{name}（{code}）</translation>
    </message>
    <message>
        <source>Handled by: {login}</source>
        <translation>承办人：{login}</translation>
    </message>
    <message>
        <source>Statutory time limit: {used} workdays used, {left} workdays left</source>
        <translation>法定时限：已用 {used} 个工作日，剩余 {left} 个工作日</translation>
    </message>
    <message>
        <source>Promised time limit: {used} workdays used, {left} workdays left</source>
        <translation>承诺时限：已用 {used} 个工作日，剩余 {left} 个工作日</translation>
    </message>
    <message>
        <source>Silence is consent: deemed granted ({day})</source>
        <translation>超时默许：视为准予许可（{day}）</translation>
    </message>
    <message>
        <source>Extension: {workdays} workdays ({reason})</source>
        <translation>延期：{workdays} 个工作日（{reason}）</translation>
    </message>
    <message>
        <source>Extension requested: {workdays} workdays, awaiting approval</source>
        <translation>延期申请：{workdays} 个工作日，待审批</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Clock paused: {kind} {start} to {end} ({reason})</source>
        <translation>中止计时：{kind} {start} 至 {end}（{reason}）</translation>
    </message>
    <message>
        <source> licence no. {number}</source>
        <translation> 证号 {number}</translation>
    </message>
    <message>
        <source>Decision: {label} {day}{extra}</source>
        <translation>决定：{label} {day}{extra}</translation>
    </message>
    <message>
        <source>picked up at the window</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>by post {carrier} {tracking}</source>
        <translation>邮寄 {carrier} {tracking}</translation>
    </message>
    <message>
        <source>Delivery: {how} {day}</source>
        <translation>送达：{how} {day}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>说明：{note}</translation>
    </message>
    <message>
        <source>Look up cases</source>
        <translation>办件查询</translation>
    </message>
    <message>
        <source>List cases: number, stage code, matter code, day received, stage (one a line)</source>
        <translation>列出办件：编号、阶段代码、事项编码、收件日期、阶段（每行一件）</translation>
    </message>
    <message>
        <source>Received on or after YYYY-MM-DD</source>
        <translation>收件日期起 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Received on or before YYYY-MM-DD</source>
        <translation>收件日期止 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The window number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>The login of the clerk</source>
        <translation>经办人登录名</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>The stage it is in</source>
        <translation>所处阶段</translation>
    </message>
    <message>
        <source>Show the details of a case</source>
        <translation>显示一个办件的详情</translation>
    </message>
    <message>
        <source>Print (write) a document of a case as PDF; a document issued before is marked as a reprint</source>
        <translation>打印（生成）办件文书 PDF；已出具过的文书标注“补打”</translation>
    </message>
    <message>
        <source>acceptance notice of acceptance / notice one-time notice / rejection notice of rejection / receipt receipt of materials / extension notice of extension / special notice of a special procedure / decision licence decision / delivery proof of service</source>
        <translation>acceptance 受理通知书 / notice 一次性告知书 / rejection 不予受理通知书 / receipt 材料接收凭证 / extension 延期告知书 / special 特别程序告知书 / decision 许可决定书 / delivery 送达回证</translation>
    </message>
    <message>
        <source>Notice of a special procedure: the Nth pause of the clock (from 1, by default the latest); each pause has its own original, printed again it is a reprint</source>
        <translation>特别程序告知书：第 N 次中止计时（从 1 起，默认最近一次）；每次中止各有原件，再打为补打</translation>
    </message>
    <message>
        <source>Also save a copy here (the document is always archived)</source>
        <translation>另存一份到此（文书总是归档）</translation>
    </message>
    <message>
        <source>Acceptance number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
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
        <source>{name} ({id})</source>
        <translation>{name}（{id}）</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Window / clerk</source>
        <translation>窗口 / 经办人</translation>
    </message>
    <message>
        <source>One-time notice due</source>
        <translation>一次性告知期限</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>办理结果说明</translation>
    </message>
    <message>
        <source>Materials checked</source>
        <translation>材料</translation>
    </message>
    <message>
        <source> {count} copies</source>
        <translation> {count}份</translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation>：{reason}</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>corrected {day}</source>
        <translation>已补正 {day}</translation>
    </message>
    <message>
        <source>to be corrected</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source> (reprint)</source>
        <translation>（补打）</translation>
    </message>
    <message>
        <source>The service catalogue: import, export, template, search, guide</source>
        <translation>事项清单：导入、导出、模板、搜索、办事指南</translation>
    </message>
    <message>
        <source>Import the service catalogue from a .json or .xlsx file (with errors nothing is imported and every error is listed)</source>
        <translation>从 .json 或 .xlsx 文件导入事项清单（有错误时不导入任何内容，并列出每个错误）</translation>
    </message>
    <message>
        <source>Import only the correct rows and report the others (exit code 2 when rows were skipped)</source>
        <translation>只导入正确的行，报告其余的行（有跳过的行时退出码为 2）</translation>
    </message>
    <message>
        <source>Export the service catalogue to a file, its format by its extension (.json or .xlsx)</source>
        <translation>把事项清单导出到文件，格式由扩展名决定（.json 或 .xlsx）</translation>
    </message>
    <message>
        <source>Write a blank .xlsx import template for the departments to fill in</source>
        <translation>生成供部门填写的空白 .xlsx 导入模板</translation>
    </message>
    <message>
        <source>Search matters by name, pinyin, pinyin initials, code or department (each line: code, name, department)</source>
        <translation>按名称、拼音、拼音首字母、编码或部门搜索事项（每行：编码、名称、部门）</translation>
    </message>
    <message>
        <source>List at most N matters (default 50)</source>
        <translation>最多列出 N 项（默认 50）</translation>
    </message>
    <message>
        <source>Write the service guide of a matter (A4 PDF)</source>
        <translation>生成某事项的办事指南（A4 PDF）</translation>
    </message>
    <message>
        <source>The matter's code, or the id of one of its versions (UUID)</source>
        <translation>事项编码，或事项版本号（UUID）</translation>
    </message>
    <message>
        <source>…… {count} more errors not listed</source>
        <translation>……另有 {count} 处错误未列出</translation>
    </message>
    <message>
        <source>Imported {file}: departments {departments_added} added, {departments_updated} updated; matters {matters_added} added, {matters_updated} updated, {matters_unchanged} unchanged</source>
        <translation>已导入 {file}：部门新增 {departments_added}、更新 {departments_updated}；事项新增 {matters_added}、更新 {matters_updated}、未变 {matters_unchanged}</translation>
    </message>
    <message>
        <source>Skipped {rows} rows with errors</source>
        <translation>已跳过 {rows} 行有错误的数据</translation>
    </message>
    <message>
        <source>Exported {count} matters to {path}</source>
        <translation>已导出 {count} 个事项到 {path}</translation>
    </message>
    <message>
        <source>Wrote the import template {path}</source>
        <translation>已生成导入模板 {path}</translation>
    </message>
    <message>
        <source>No matter matches “{text}”</source>
        <translation>没有找到与“{text}”相符的事项</translation>
    </message>
    <message>
        <source>Wrote the service guide {path}</source>
        <translation>已生成办事指南 {path}</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Take a ticket (the last line is its number)</source>
        <translation>取一个号（最后一行为号码）</translation>
    </message>
    <message>
        <source>The queue category's prefix, such as A</source>
        <translation>排队类别代号，如 A</translation>
    </message>
    <message>
        <source>The kind of priority</source>
        <translation>优先类型</translation>
    </message>
    <message>
        <source>The appointment check-in code (priority by appointment)</source>
        <translation>预约签到码（按预约优先）</translation>
    </message>
    <message>
        <source>Also write the ticket slip as PDF</source>
        <translation>同时生成取号单 PDF</translation>
    </message>
    <message>
        <source>The queue and calling</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Call the next ticket to a window (the last line is its number; with nobody waiting nothing is printed, exit code 3)</source>
        <translation>为窗口呼叫下一位（最后一行为号码；无人等候时不输出、退出码 3）</translation>
    </message>
    <message>
        <source>Call this ticket instead of the next one</source>
        <translation>呼叫指定号码而不是下一位</translation>
    </message>
    <message>
        <source>Call the window's current ticket again</source>
        <translation>重呼窗口当前号码</translation>
    </message>
    <message>
        <source>The applicant is at the window: start serving</source>
        <translation>申请人已到窗口，开始办理</translation>
    </message>
    <message>
        <source>No-show (after the recalls the settings ask for)</source>
        <translation>过号（须先按设置重呼）</translation>
    </message>
    <message>
        <source>The window calls again</source>
        <translation>恢复窗口叫号</translation>
    </message>
    <message>
        <source>Finish the window's current ticket</source>
        <translation>办结窗口当前号码</translation>
    </message>
    <message>
        <source>Pause the window's calling</source>
        <translation>暂停窗口叫号</translation>
    </message>
    <message>
        <source>Move a ticket to another category or window (it keeps the time it was taken)</source>
        <translation>转移号码到其他类别或窗口（保留取号时间）</translation>
    </message>
    <message>
        <source>Bring back a ticket that was a no-show</source>
        <translation>恢复一个过号的号码</translation>
    </message>
    <message>
        <source>Void the unfinished tickets of earlier days</source>
        <translation>作废以前各日未办结的号码</translation>
    </message>
    <message>
        <source>The people waiting in each category and each window's current ticket</source>
        <translation>各类别等候人数与各窗口当前号码</translation>
    </message>
    <message>
        <source>A day's statistics by category and window</source>
        <translation>某日按类别和窗口的统计</translation>
    </message>
    <message>
        <source>By default today</source>
        <translation>默认今天</translation>
    </message>
    <message>
        <source>List the queue categories</source>
        <translation>列出排队类别</translation>
    </message>
    <message>
        <source>Add a queue category</source>
        <translation>新增排队类别</translation>
    </message>
    <message>
        <source>The first number of each day</source>
        <translation>每日起始号</translation>
    </message>
    <message>
        <source>The daily limit</source>
        <translation>每日限额</translation>
    </message>
    <message>
        <source>The hours tickets are given, such as 08:30-12:00,14:00-17:30 (all day by default)</source>
        <translation>取号时段，如 08:30-12:00,14:00-17:30（默认全天）</translation>
    </message>
    <message>
        <source>Queue category settings</source>
        <translation>排队类别设置</translation>
    </message>
    <message>
        <source>Change a queue category's name, limit, first number or hours</source>
        <translation>修改排队类别的名称、限额、起始号或取号时段</translation>
    </message>
    <message>
        <source>The hours tickets are given; an empty string means all day</source>
        <translation>取号时段；空字符串表示全天</translation>
    </message>
    <message>
        <source>The priority policy</source>
        <translation>优先策略</translation>
    </message>
    <message>
        <source>Set the categories a window serves, in order</source>
        <translation>设置窗口服务的类别及顺序</translation>
    </message>
    <message>
        <source> ({priority})</source>
        <translation>（{priority}）</translation>
    </message>
    <message>
        <source>{category}, {count} waiting ahead</source>
        <translation>{category}，前面还有 {count} 人等候</translation>
    </message>
    <message>
        <source>Ticket slip: {path}</source>
        <translation>取号单：{path}</translation>
    </message>
    <message>
        <source>{number} finished: {outcome}</source>
        <translation>{number} 已办结：{outcome}</translation>
    </message>
    <message>
        <source>Window {window} paused: {reason}</source>
        <translation>{window} 号窗口已暂停：{reason}</translation>
    </message>
    <message>
        <source>Window {window} calls again</source>
        <translation>{window} 号窗口已恢复叫号</translation>
    </message>
    <message>
        <source>Voided {count} unfinished tickets</source>
        <translation>已作废 {count} 个未办结的号码</translation>
    </message>
    <message>
        <source>Category|Name|Waiting|Of them priority|Taken today</source>
        <translation>类别|名称|等候|其中优先|今日取号</translation>
    </message>
    <message>
        <source>Window|Categories served|Current ticket|State</source>
        <translation>窗口|服务类别|当前号码|状态</translation>
    </message>
    <message>
        <source>Paused: {reason}</source>
        <translation>暂停：{reason}</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>{day} queue statistics (times in minutes)</source>
        <translation>{day} 排队统计（时间单位：分钟）</translation>
    </message>
    <message>
        <source>Served|No-shows|Average wait|Longest wait|Average service</source>
        <translation>办结|过号|平均等候|最长等候|平均办理</translation>
    </message>
    <message>
        <source>Category|Taken</source>
        <translation>类别|取号</translation>
    </message>
    <message>
        <source>Window|Called</source>
        <translation>窗口|叫号</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation>（停用）</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>first {number}</source>
        <translation>起始 {number}</translation>
    </message>
    <message>
        <source>limit {number}</source>
        <translation>限额 {number}</translation>
    </message>
    <message>
        <source>windows {windows}</source>
        <translation>窗口 {windows}</translation>
    </message>
    <message>
        <source>hours {hours}</source>
        <translation>时段 {hours}</translation>
    </message>
    <message>
        <source>Added the queue category {prefix} {name}</source>
        <translation>已新增排队类别 {prefix} {name}</translation>
    </message>
    <message>
        <source>Window {window} serves in turn: {prefixes}</source>
        <translation>{window} 号窗口依次服务：{prefixes}</translation>
    </message>
    <message>
        <source>Queue category {prefix} {name}: first {start}, limit {cap}, hours {hours}{state}</source>
        <translation>排队类别 {prefix} {name}：起始 {start}，限额 {cap}，取号时段 {hours}{state}</translation>
    </message>
    <message>
        <source>Ratings of the service: ratings, follow-ups of bad ratings</source>
        <translation>好差评：评价、差评整改</translation>
    </message>
    <message>
        <source>Record the rating of one service (5 = very satisfied … 1 = very dissatisfied; a bad rating needs a reason)</source>
        <translation>记录一次服务的评价（5 = 非常满意 … 1 = 非常不满意；差评须有原因）</translation>
    </message>
    <message>
        <source>The ticket number, such as A012</source>
        <translation>号码，如 A012</translation>
    </message>
    <message>
        <source>The number of a case whose result was picked up at the window (rates that delivery)</source>
        <translation>在窗口领取结果的办件编号（评价这次出件）</translation>
    </message>
    <message>
        <source>The day of the service YYYY-MM-DD, by default today</source>
        <translation>办理日期 YYYY-MM-DD，默认今天</translation>
    </message>
    <message>
        <source>The rating</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Reason of a bad rating, may be given more than once: {reasons}</source>
        <translation>差评原因，可多次给出：{reasons}</translation>
    </message>
    <message>
        <source>A remark on the rating (optional)</source>
        <translation>评价说明（可选）</translation>
    </message>
    <message>
        <source>List the ratings of a day: ticket, rating, window, staff, reasons (one a line)</source>
        <translation>列出某日的评价：号码、等级、窗口、工作人员、原因（每行一条）</translation>
    </message>
    <message>
        <source>List the follow-ups of bad ratings: number, ticket, due date, next step (one a line)</source>
        <translation>列出差评整改单：编号、号码、截止日期、下一步（每行一件）</translation>
    </message>
    <message>
        <source>Only those overdue and not closed</source>
        <translation>只列出逾期未办结的</translation>
    </message>
    <message>
        <source>Record the next step of a follow-up: verify → rectify → call back → close</source>
        <translation>记录整改单的下一步：核实 → 整改 → 回访 → 办结</translation>
    </message>
    <message>
        <source>The number of the follow-up</source>
        <translation>整改单编号</translation>
    </message>
    <message>
        <source>Whether the applicant was satisfied at the call-back</source>
        <translation>回访时申请人是否满意</translation>
    </message>
    <message>
        <source>Set the staff number and photo the rating pad shows</source>
        <translation>设置评价器上显示的工作人员工号和照片</translation>
    </message>
    <message>
        <source>The photo (JPEG, PNG and the like)</source>
        <translation>照片（JPEG、PNG 等）</translation>
    </message>
    <message>
        <source>Delete the photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Recorded: {subject} {level} {level_name}</source>
        <translation>已记录：{subject} {level} {level_name}</translation>
    </message>
    <message>
        <source>; follow-up of a bad rating {number}</source>
        <translation>；差评整改单 {number}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Cannot read the photo {path}: {reason}</source>
        <translation>无法读取照片 {path}：{reason}</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>有照片</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Electronic supervision: yellow and red cards, exceptions, urging</source>
        <translation>电子监察：黄红牌、异常、督办</translation>
    </message>
    <message>
        <source>Issue the yellow and red cards due and look for exceptions (runs by itself when a client starts and every hour)</source>
        <translation>发出到期的黄红牌并查找异常（客户端启动时及每小时自动运行）</translation>
    </message>
    <message>
        <source>Run as of this day (default today)</source>
        <translation>按此日期运行（默认今天）</translation>
    </message>
    <message>
        <source>Yellow and red cards: case number, level, due date, workdays left</source>
        <translation>黄红牌：案件编号、级别、办结期限、剩余工作日</translation>
    </message>
    <message>
        <source>Count the workdays left from this day (default today)</source>
        <translation>剩余工作日按此日期计算（默认今天）</translation>
    </message>
    <message>
        <source>Exceptions: kind, case number or ticket, day, detail</source>
        <translation>异常：类别、案件编号或号票、日期、说明</translation>
    </message>
    <message>
        <source>Urge: leave a note and ask for an answer by a date</source>
        <translation>督办：留言并限期答复</translation>
    </message>
    <message>
        <source>The id of a card or an exception (or its first characters), or a case number</source>
        <translation>黄红牌或异常的编号（或其前几位），或案件编号</translation>
    </message>
    <message>
        <source>The person responsible explains</source>
        <translation>责任人作出说明</translation>
    </message>
    <message>
        <source>Close: the conclusion is justified or unjustified</source>
        <translation>办结：结论属实（justified）或不属实（unjustified）</translation>
    </message>
    <message>
        <source>Statistics report (monthly performance report): XLSX or PDF</source>
        <translation>统计报表（效能月报）：XLSX 或 PDF</translation>
    </message>
    <message>
        <source>The site code (on the central store all sites by default)</source>
        <translation>站点编码（中心库默认全部站点）</translation>
    </message>
    <message>
        <source>Grouping (by window by default)</source>
        <translation>分组（默认按窗口）</translation>
    </message>
    <message>
        <source>{listed}, {item}</source>
        <translation>{listed}，{item}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{day}: new yellow cards {yellow}, red cards {red}; new exceptions: {found}</source>
        <translation>{day}：新发黄牌 {yellow}，红牌 {red}；新异常：{found}</translation>
    </message>
    <message>
        <source>Urged {target}, to be answered by {due}</source>
        <translation>已督办 {target}，限 {due} 前答复</translation>
    </message>
    <message>
        <source>Explained {target}</source>
        <translation>已说明 {target}</translation>
    </message>
    <message>
        <source>Closed {target} ({conclusion})</source>
        <translation>已办结 {target}（{conclusion}）</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已生成 {path}</translation>
    </message>
    <message>
        <source>central-store-CA.pem</source>
        <translation>中心库CA证书.pem</translation>
    </message>
    <message>
        <source>Manage the central store (PostgreSQL)</source>
        <translation>中心库管理（PostgreSQL）</translation>
    </message>
    <message>
        <source>Create or upgrade the central store (may be run again)</source>
        <translation>创建或升级中心库（可重复运行）</translation>
    </message>
    <message>
        <source>Add a site and its own database account, and show how its clients connect</source>
        <translation>新增站点及其专用数据库账号，并显示客户端连接方法</translation>
    </message>
    <message>
        <source>The site code, such as SZ01</source>
        <translation>站点代码，如 SZ01</translation>
    </message>
    <message>
        <source>The site name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>Sync with the central store once (or keep syncing with --watch); sync setup sets it up</source>
        <translation>与中心库同步一次（或用 --watch 持续同步）；sync setup 进行设置</translation>
    </message>
    <message>
        <source>Keep syncing, at the interval of the setting sync.interval_seconds</source>
        <translation>持续同步，间隔见设置 sync.interval_seconds</translation>
    </message>
    <message>
        <source>The interval of --watch in seconds (overrides the setting)</source>
        <translation>--watch 的间隔秒数（覆盖设置）</translation>
    </message>
    <message>
        <source>Read the central store's password from standard input</source>
        <translation>从标准输入读取中心库密码</translation>
    </message>
    <message>
        <source>Show no progress</source>
        <translation>不显示进度</translation>
    </message>
    <message>
        <source>Register this device with the central store; the password is kept in the system keyring</source>
        <translation>登记本设备到中心库，密码保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>The central store's address (given by central add-site)</source>
        <translation>中心库地址（central add-site 给出）</translation>
    </message>
    <message>
        <source>The site code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <source>The central store's CA certificate (PEM), used to verify its server when connecting (required)</source>
        <translation>中心库的 CA 证书（PEM），连接时用它验证中心库服务器（必需）</translation>
    </message>
    <message>
        <source>Read the password from standard input</source>
        <translation>从标准输入读取密码</translation>
    </message>
    <message>
        <source>The central store's address (PostgreSQL)</source>
        <translation>中心库地址（PostgreSQL）</translation>
    </message>
    <message>
        <source>Give the central store with --db URL</source>
        <translation>请用 --db 指定中心库地址</translation>
    </message>
    <message>
        <source>The central store is ready ({store})</source>
        <translation>中心库已就绪（{store}）</translation>
    </message>
    <message>
        <source>Site {code} {name} registered, database account {role}</source>
        <translation>站点 {code} {name} 已登记，数据库账号 {role}</translation>
    </message>
    <message>
        <source>Password (shown this once only): {password}</source>
        <translation>密码（只显示这一次）：{password}</translation>
    </message>
    <message>
        <source>Run on the site's clients:</source>
        <translation>在该站点的客户端上运行：</translation>
    </message>
    <message>
        <source>Central store password: </source>
        <translation>中心库密码：</translation>
    </message>
    <message>
        <source>This device (no. {device}) is registered with the central store, site {code} {name}</source>
        <translation>本设备（{device} 号）已登记到中心库，站点 {code} {name}</translation>
    </message>
    <message>
        <source>The local site record now uses the central store's record</source>
        <translation>本地站点记录已改用中心库的记录</translation>
    </message>
    <message>
        <source>Raised {count} number counters to the central store's records (no number given twice)</source>
        <translation>已按中心库记录调高 {count} 个编号计数器（避免重复编号）</translation>
    </message>
    <message>
        <source>Note: {event}</source>
        <translation>注意：{event}</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring</source>
        <translation>密码已保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>No system keyring available: the password is not kept and is asked at every sync</source>
        <translation>没有可用的系统钥匙串：密码未保存，每次同步时需要输入密码</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>拉取</translation>
    </message>
    <message>
        <source>Pushed {pushed}, pulled {pulled}, rejected {rejected}, conflicts {conflicts}</source>
        <translation>已推送 {pushed} 条，已拉取 {pulled} 条，被拒绝 {rejected} 条，冲突 {conflicts} 条</translation>
    </message>
    <message>
        <source>No system keyring available: enter the central store's password</source>
        <translation>没有可用的系统钥匙串，请输入中心库密码</translation>
    </message>
    <message>
        <source>The rejected and conflicting records are kept; supervisors see them on the sync page</source>
        <translation>被拒绝或冲突的记录已保留，督查人员可在同步页面查看</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>同步失败：{error}</translation>
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
    <message>
        <source>The QR code content is empty.</source>
        <translation>二维码内容不能为空。</translation>
    </message>
</context>
<context>
    <name>windowdesk.domain</name>
    <message>
        <source>person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>organisation</source>
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
        <source>The clock is already paused (since {since}); resume it first: two pauses cannot overlap</source>
        <translation>计时已中止（{since} 起），请先恢复计时，两个特别程序期间不能重叠</translation>
    </message>
    <message>
        <source>A new pause cannot start before the previous one ended on {end}: pauses cannot overlap</source>
        <translation>新的中止期间不能早于上一期间的结束日 {end}：两个期间不能重叠</translation>
    </message>
    <message>
        <source>A pause cannot start before the clock started on {start}</source>
        <translation>中止计时的开始日不能早于计时起算日 {start}</translation>
    </message>
    <message>
        <source>correction wait</source>
        <translation>补正期间</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>inspection and testing</source>
        <translation>检验检测</translation>
    </message>
    <message>
        <source>expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>This device has used all {max} case numbers of the year</source>
        <translation>本设备今年的案件编号已用完（{max} 个）</translation>
    </message>
    <message>
        <source>awaiting correction</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>已移交承办</translation>
    </message>
    <message>
        <source>received by the department</source>
        <translation>承办部门已接收</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已作出决定</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>待出件</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退件</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>tender</source>
        <translation>招标</translation>
    </message>
    <message>
        <source>auction</source>
        <translation>拍卖</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>testing</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>检疫</translation>
    </message>
    <message>
        <source>appraisal</source>
        <translation>鉴定</translation>
    </message>
    <message>
        <source>hand over</source>
        <translation>移交承办</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>start the review</source>
        <translation>开始审查</translation>
    </message>
    <message>
        <source>pause the clock</source>
        <translation>中止计时（特别程序）</translation>
    </message>
    <message>
        <source>resume the clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>ask for an extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>approve an extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>refuse an extension</source>
        <translation>不批准延期</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <source>make the result ready</source>
        <translation>出件</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退件</translation>
    </message>
    <message>
        <source>Case {no} is {stage}; '{move}' is not possible at this stage</source>
        <translation>案件 {no} {stage}，不能{move}</translation>
    </message>
    <message>
        <source>administrative licence</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>administrative confirmation</source>
        <translation>行政确认</translation>
    </message>
    <message>
        <source>administrative benefit</source>
        <translation>行政给付</translation>
    </message>
    <message>
        <source>public service</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>done on the spot</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>with a promised deadline</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <source>pickup at the window</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>by express mail</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>online</source>
        <translation>网上送达</translation>
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
        <source>the applicant</source>
        <translation>申请人自备</translation>
    </message>
    <message>
        <source>a government authority</source>
        <translation>政府部门核发</translation>
    </message>
    <message>
        <source>an intermediary</source>
        <translation>中介机构出具</translation>
    </message>
    <message>
        <source>must be at most {limit} characters (has {length})</source>
        <translation>不能超过 {limit} 个字符（现有 {length} 个）</translation>
    </message>
    <message>
        <source>a department code is 2 to 16 capital letters or digits, not '{code}'</source>
        <translation>部门代码须为 2 到 16 位大写字母或数字，而不是“{code}”</translation>
    </message>
    <message>
        <source>the department name is empty</source>
        <translation>部门名称不能为空</translation>
    </message>
    <message>
        <source>not a phone number: '{phone}'</source>
        <translation>电话号码无效：“{phone}”</translation>
    </message>
    <message>
        <source>the material name is empty</source>
        <translation>材料名称不能为空</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>须为 {choices} 之一</translation>
    </message>
    <message>
        <source>a conditional material needs its condition</source>
        <translation>按条件提交的材料须写明条件</translation>
    </message>
    <message>
        <source>only a conditional material has a condition</source>
        <translation>只有“按条件”的材料才写条件</translation>
    </message>
    <message>
        <source>the count must be from 1 to {max}</source>
        <translation>份数须在 1 到 {max} 之间</translation>
    </message>
    <message>
        <source>only a reusable material has a validity</source>
        <translation>只有可复用的材料才有有效期</translation>
    </message>
    <message>
        <source>the validity must be from 1 to {max} days</source>
        <translation>有效期须在 1 到 {max} 天之间</translation>
    </message>
    <message>
        <source>a matter code is {low} to {high} capital letters and digits, in parts joined by '-', not '{code}'</source>
        <translation>事项编码须为 {low} 到 {high} 位大写字母、数字，可用“-”分段，而不是“{code}”</translation>
    </message>
    <message>
        <source>the matter name needs at least 2 characters</source>
        <translation>事项名称至少 2 个字</translation>
    </message>
    <message>
        <source>the department is missing</source>
        <translation>须指定实施部门</translation>
    </message>
    <message>
        <source>a limit must be from 0 to {max} working days</source>
        <translation>时限须在 0 到 {max} 个工作日之间</translation>
    </message>
    <message>
        <source>a matter done on the spot has a promised limit of 0</source>
        <translation>即办件的承诺时限应为 0</translation>
    </message>
    <message>
        <source>a promised limit is at least 1 working day</source>
        <translation>承诺件的承诺时限至少 1 个工作日</translation>
    </message>
    <message>
        <source>the promised limit ({promised}) cannot exceed the statutory limit ({statutory})</source>
        <translation>承诺时限（{promised}）不能超过法定时限（{statutory}）</translation>
    </message>
    <message>
        <source>the fee must be 0 to 1000000 yuan, at most 2 decimals</source>
        <translation>收费金额须为 0 到 1000000 元，最多两位小数</translation>
    </message>
    <message>
        <source>a fee needs its legal basis</source>
        <translation>收费事项须写明收费依据</translation>
    </message>
    <message>
        <source>choose at least one delivery mode</source>
        <translation>至少选择一种送达方式</translation>
    </message>
    <message>
        <source>unknown delivery mode: {modes}</source>
        <translation>未知的送达方式：{modes}</translation>
    </message>
    <message>
        <source>a delivery mode is repeated</source>
        <translation>送达方式有重复</translation>
    </message>
    <message>
        <source>the queue category is one capital letter, not '{category}'</source>
        <translation>取号类别须为一个大写字母，而不是“{category}”</translation>
    </message>
    <message>
        <source>a matter needs at least one material</source>
        <translation>至少要有一项申请材料</translation>
    </message>
    <message>
        <source>the material '{name}' is listed twice</source>
        <translation>材料“{name}”重复</translation>
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
        <source>Character {position} of the ID number ({char!r}) is invalid: the first 17 must be digits.</source>
        <translation>身份证号码第 {position} 位“{char}”无效：前 17 位只能是数字。</translation>
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
        <source>Character {position} of the credit code ({char!r}) is invalid: only digits and capital letters other than I, O, Z, S, V are used.</source>
        <translation>统一社会信用代码第 {position} 位“{char}”无效：只能是数字和除 I、O、Z、S、V 以外的大写字母。</translation>
    </message>
    <message>
        <source>The check character of the credit code is wrong; please check for a typing mistake.</source>
        <translation>统一社会信用代码校验码不正确，请核对代码是否输错。</translation>
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
        <source>acceptance</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>补正</translation>
    </message>
    <message>
        <source>done at once</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>A material not in the catalogue ('{name}') needs its name and the reason it is asked for</source>
        <translation>目录外材料“{name}”须写明名称和要求提交的理由</translation>
    </message>
    <message>
        <source>Material '{name}' has an invalid status: {status}</source>
        <translation>材料“{name}”的状态无效：{status}</translation>
    </message>
    <message>
        <source>Material '{key}' is recorded twice</source>
        <translation>材料“{key}”登记了两次</translation>
    </message>
    <message>
        <source>These materials are not on the matter's list: {keys}</source>
        <translation>事项材料清单中没有这些材料：{keys}</translation>
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
        <source>Materials are missing or non-conforming ({names}): issue a one-time notice instead</source>
        <translation>材料不齐全或不符合要求（{names}），不能受理，请一次性告知补正</translation>
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
        <source>'{text}' is not a valid time</source>
        <translation>时间“{text}”无效</translation>
    </message>
    <message>
        <source>Opening hours '{part}' are not like 08:30-12:00,14:00-17:30</source>
        <translation>取号时段“{part}”格式不对，应为 08:30-12:00,14:00-17:30</translation>
    </message>
    <message>
        <source>Opening hours {part} must end after they start</source>
        <translation>取号时段 {part} 的结束时间须晚于开始时间</translation>
    </message>
    <message>
        <source>Opening hours overlap: {text}</source>
        <translation>取号时段不能重叠：{text}</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters</source>
        <translation>密码至少需要 {n} 个字符</translation>
    </message>
    <message>
        <source>The password must not be the login name</source>
        <translation>密码不能与登录名相同</translation>
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
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>办事效率</translation>
    </message>
    <message>
        <source>One-time notice unclear</source>
        <translation>一次性告知不清</translation>
    </message>
    <message>
        <source>Repeated visits</source>
        <translation>多次跑动</translation>
    </message>
    <message>
        <source>Environment and facilities</source>
        <translation>环境设施</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>rectify</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>call back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>The rating level must be a whole number from 1 to 5 (5 = very satisfied … 1 = very dissatisfied), not {level}</source>
        <translation>评价等级须为 1 到 5 之间的整数（5 = 非常满意 … 1 = 非常不满意），而不是 {level}</translation>
    </message>
    <message>
        <source>There is no rating reason '{code}'; the reasons are: {known}</source>
        <translation>没有评价原因代码“{code}”，可用的有：{known}</translation>
    </message>
    <message>
        <source>'{name}' is a bad rating: choose at least one reason ({known})</source>
        <translation>“{name}”为差评，须至少选择一个原因（{known}）</translation>
    </message>
    <message>
        <source>Reasons are chosen only for a bad rating (dissatisfied or very dissatisfied)</source>
        <translation>只有差评（不满意、非常不满意）才选择原因</translation>
    </message>
    <message>
        <source>The comment may have at most {max} characters, not {n}</source>
        <translation>评价说明最多 {max} 个字，现有 {n} 个字</translation>
    </message>
    <message>
        <source>The follow-up step is one of {choices}, not {step}</source>
        <translation>整改步骤须为 {choices} 之一，而不是 {step}</translation>
    </message>
    <message>
        <source>Follow-up {number} is already closed</source>
        <translation>整改单 {number} 已办结</translation>
    </message>
    <message>
        <source>Follow-up {number} needs '{expected}' next, not '{step}' (order: verify, rectify, call back, close)</source>
        <translation>整改单 {number} 下一步应为“{expected}”，不能记录“{step}”（顺序：核实 → 整改 → 回访 → 办结）</translation>
    </message>
    <message>
        <source>A call back records whether the applicant was satisfied (--satisfied yes or no)</source>
        <translation>回访须记录申请人是否满意（--satisfied yes 或 no）</translation>
    </message>
    <message>
        <source>Only a call back records whether the applicant was satisfied</source>
        <translation>只有回访才记录申请人是否满意</translation>
    </message>
    <message>
        <source>Write a note on the {step}</source>
        <translation>请填写{step}情况说明</translation>
    </message>
    <message>
        <source>A note may have at most 2000 characters</source>
        <translation>说明最多 2000 字</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>窗口工作人员</translation>
    </message>
    <message>
        <source>department handler</source>
        <translation>承办人员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>督查人员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>lock the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>unlock the screen</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>leave the ticket kiosk</source>
        <translation>退出取号机全屏</translation>
    </message>
    <message>
        <source>issue a ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>call a ticket</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>call a chosen ticket</source>
        <translation>选号呼叫</translation>
    </message>
    <message>
        <source>call again</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>mark a no-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>start serving</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>transfer a ticket</source>
        <translation>转窗口</translation>
    </message>
    <message>
        <source>bring back a no-show</source>
        <translation>恢复过号</translation>
    </message>
    <message>
        <source>cancel a ticket</source>
        <translation>取消号码</translation>
    </message>
    <message>
        <source>pause the window</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>resume the window</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <source>finish a ticket</source>
        <translation>办结号码</translation>
    </message>
    <message>
        <source>expire old tickets</source>
        <translation>作废过期号码</translation>
    </message>
    <message>
        <source>record a rating</source>
        <translation>记录评价</translation>
    </message>
    <message>
        <source>record a visit without rating</source>
        <translation>记录未评价</translation>
    </message>
    <message>
        <source>work on a bad-rating follow-up</source>
        <translation>处理差评整改</translation>
    </message>
    <message>
        <source>decide on acceptance</source>
        <translation>作出受理决定</translation>
    </message>
    <message>
        <source>issue the one-time notice</source>
        <translation>出具一次性告知书</translation>
    </message>
    <message>
        <source>record a correction</source>
        <translation>登记补正</translation>
    </message>
    <message>
        <source>see the full ID number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>issue the documents</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>reprint a document</source>
        <translation>补打文书</translation>
    </message>
    <message>
        <source>print documents in batch</source>
        <translation>批量打印文书</translation>
    </message>
    <message>
        <source>print a hand-over list</source>
        <translation>打印流转单</translation>
    </message>
    <message>
        <source>recompute due dates</source>
        <translation>重算办理期限</translation>
    </message>
    <message>
        <source>edit a department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <source>edit a matter</source>
        <translation>编辑事项</translation>
    </message>
    <message>
        <source>import the catalogue</source>
        <translation>导入事项目录</translation>
    </message>
    <message>
        <source>resolve a sync conflict</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <source>add a queue category</source>
        <translation>新增排队类别</translation>
    </message>
    <message>
        <source>change a queue category</source>
        <translation>修改排队类别</translation>
    </message>
    <message>
        <source>set a window's categories</source>
        <translation>设置窗口办理的类别</translation>
    </message>
    <message>
        <source>back up the store</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>run the supervision check</source>
        <translation>运行电子监察</translation>
    </message>
    <message>
        <source>explain</source>
        <translation>说明情况</translation>
    </message>
    <message>
        <source>urge</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>close a card or exception</source>
        <translation>办结督办</translation>
    </message>
    <message>
        <source>allow case numbers again</source>
        <translation>放行案件编号</translation>
    </message>
    <message>
        <source>set up the site</source>
        <translation>初始化站点</translation>
    </message>
    <message>
        <source>add a window</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <source>change a window</source>
        <translation>修改窗口</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>change a user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>reset a password</source>
        <translation>重置用户密码</translation>
    </message>
    <message>
        <source>disable or enable a user</source>
        <translation>停用或启用用户</translation>
    </message>
    <message>
        <source>unlock a login</source>
        <translation>解除登录锁定</translation>
    </message>
    <message>
        <source>set a staff card</source>
        <translation>设置工号和照片</translation>
    </message>
    <message>
        <source>change a site setting</source>
        <translation>修改站点设置</translation>
    </message>
    <message>
        <source>change the working-day calendar</source>
        <translation>修改工作日历</translation>
    </message>
    <message>
        <source>publish a year's calendar</source>
        <translation>发布年度日历</translation>
    </message>
    <message>
        <source>import the working-day calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>You may not do this: {action} (not in the table of permissions)</source>
        <translation>当前用户无权进行此操作：{action}（未在权限表中登记）</translation>
    </message>
    <message>
        <source>You may not {what} (only: {roles})</source>
        <translation>当前用户无权{what}（限{roles}）</translation>
    </message>
    <message>
        <source>yellow card</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <source>red card</source>
        <translation>红牌</translation>
    </message>
    <message>
        <source>possibly unrecorded case</source>
        <translation>疑似办件未录入</translation>
    </message>
    <message>
        <source>no one-time notice</source>
        <translation>未一次性告知</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>returned or withdrawn</source>
        <translation>中途退件</translation>
    </message>
    <message>
        <source>closed without decision or delivery</source>
        <translation>疑似假办结</translation>
    </message>
    <message>
        <source>material not in the catalogue</source>
        <translation>擅自增加申报材料</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期办件</translation>
    </message>
    <message>
        <source>acceptance notice reprinted often</source>
        <translation>受理通知书多次补打</translation>
    </message>
    <message>
        <source>bad rating not followed up in time</source>
        <translation>差评整改超期</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>unjustified</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>urged</source>
        <translation>督办中</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>已说明</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>category</source>
        <translation>排队类别</translation>
    </message>
    <message>
        <source>site</source>
        <translation>站点</translation>
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
        <source>You are not allowed to do this (needs the {role} role)</source>
        <translation>当前用户无权进行此操作（需要{role}权限）</translation>
    </message>
    <message>
        <source>Cannot open the store {store}: {reason}</source>
        <translation>无法打开数据库 {store}：{reason}</translation>
    </message>
    <message>
        <source>The store has no site yet: run windowdesk init or windowdesk demo first</source>
        <translation>数据库尚未初始化：请先运行 windowdesk init 或 windowdesk demo</translation>
    </message>
    <message>
        <source>Invalid value for '{label}': {value}</source>
        <translation>设置“{label}”的值无效：{value}</translation>
    </message>
    <message>
        <source>'{label}' must be from {lo} to {hi}</source>
        <translation>设置“{label}”须在 {lo} 到 {hi} 之间</translation>
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
        <source>Failed sign-ins before a login is locked</source>
        <translation>连续登录失败几次后锁定账户</translation>
    </message>
    <message>
        <source>Minutes a locked login stays locked</source>
        <translation>账户锁定时长（分钟）</translation>
    </message>
    <message>
        <source>Minutes without input before the counter locks</source>
        <translation>无操作几分钟后锁定窗口界面</translation>
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
        <source>Progress lookup address (QR code prefix)</source>
        <translation>办件进度查询网址（二维码前缀）</translation>
    </message>
    <message>
        <source>Yellow card at working days left</source>
        <translation>黄牌预警剩余工作日</translation>
    </message>
    <message>
        <source>Consultation longer than this (minutes) may be an unrecorded case</source>
        <translation>咨询超过该分钟数视为疑似办件未录入</translation>
    </message>
    <message>
        <source>Most reprints of an acceptance notice</source>
        <translation>受理通知书补打次数上限</translation>
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
        <source>Rating pad waits for an answer (seconds)</source>
        <translation>评价器等待评价时间（秒）</translation>
    </message>
    <message>
        <source>Automatic backup folder (empty: backups in the data folder; may be a USB disk)</source>
        <translation>自动备份目录（空则为数据目录下的 backups，可设为U盘）</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>自动备份保留份数</translation>
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
</context>
<context>
    <name>windowdesk.services.audit</name>
    <message>
        <source>No case {no}</source>
        <translation>找不到办件 {no}</translation>
    </message>
    <message>
        <source>This case has no identity number</source>
        <translation>此办件没有证件号码</translation>
    </message>
    <message>
        <source>content altered (does not match its hash)</source>
        <translation>内容被改动（与其哈希不符）</translation>
    </message>
    <message>
        <source>link to the entry before does not match (reordered, or the one before altered)</source>
        <translation>与前一条的链接不符（前后顺序或前一条被改动）</translation>
    </message>
    <message>
        <source>entries missing (removed)</source>
        <translation>缺少记录（被删除）</translation>
    </message>
    <message>
        <source>two entries in one place (a copied store or a forged entry)</source>
        <translation>同一位置有两条记录（复制的数据库或伪造的记录）</translation>
    </message>
    <message>
        <source>entries at the end of the chain missing (removed)</source>
        <translation>链尾的记录缺失（被删除）</translation>
    </message>
    <message>
        <source>could not be checked when it reached central (see the detail)</source>
        <translation>送达中心库时无法校验（见详情）</translation>
    </message>
    <message>
        <source>Audit chain {chain} of device {device}, entry {seq}{entry}: {problem}</source>
        <translation>设备 {device} 的审计链 {chain} 第 {seq} 条{entry}：{problem}</translation>
    </message>
</context>
<context>
    <name>windowdesk.services.backup</name>
    <message>
        <source>Backup failed: the disk of {path} is full</source>
        <translation>备份失败：{path} 所在磁盘空间不足</translation>
    </message>
    <message>
        <source>Backup failed: the disk of {path} is read-only</source>
        <translation>备份失败：{path} 所在磁盘为只读</translation>
    </message>
    <message>
        <source>Backup failed: cannot write {path} ({reason})</source>
        <translation>备份失败：无法写入 {path}（{reason}）</translation>
    </message>
    <message>
        <source>No backup file at {path}</source>
        <translation>找不到备份文件 {path}</translation>
    </message>
    <message>
        <source>{path} is a backup of a {kind} store; it cannot be restored into {store}</source>
        <translation>{path} 是 {kind} 数据库的备份，不能恢复到 {store}</translation>
    </message>
    <message>
        <source>The backup file {path} does not match its manifest (changed or damaged)</source>
        <translation>备份文件 {path} 与其清单不符（文件已改动或损坏）</translation>
    </message>
    <message>
        <source>Give a reason (at least 4 characters)</source>
        <translation>请写明理由（至少 4 个字）</translation>
    </message>
    <message>
        <source>This store is not marked as restored; there is nothing to lift</source>
        <translation>本数据库没有待同步的恢复标记，无需解除</translation>
    </message>
    <message>
        <source>This store was restored from a backup: sync with the central store once before new case numbers are issued (so none repeats one handed out after the backup). An administrator may lift this with windowdesk restore --override REASON.</source>
        <translation>本机数据库已从备份恢复：须先与中心库同步一次，才能产生新的受理编号（以免与备份之后已发出的编号重复）。管理员确认后可用 windowdesk restore --override 理由 解除。</translation>
    </message>
    <message>
        <source>{tool} was not found: install the PostgreSQL client tools (same major version as the server)</source>
        <translation>找不到 {tool}：请安装 PostgreSQL 客户端工具（与服务器同一主版本）</translation>
    </message>
    <message>
        <source>{what} failed: {reason}</source>
        <translation>{what} 失败：{reason}</translation>
    </message>
    <message>
        <source>The backup file {path} is damaged or not a PostgreSQL dump: {reason}</source>
        <translation>备份文件 {path} 已损坏或不是 PostgreSQL 转储：{reason}</translation>
    </message>
    <message>
        <source>The backup {path} differs from the store (row counts of {tables})</source>
        <translation>备份 {path} 与数据库不一致（表 {tables} 的行数不同）</translation>
    </message>
    <message>
        <source>{path} is not a backup of a windowdesk store</source>
        <translation>{path} 不是 windowdesk 数据库的备份</translation>
    </message>
    <message>
        <source>The backup file {path} is damaged or not a database: {reason}</source>
        <translation>备份文件 {path} 已损坏或不是数据库：{reason}</translation>
    </message>
    <message>
        <source>The store is in use: close every windowdesk window on this PC, then restore</source>
        <translation>数据库正被使用：请先关闭本机所有 windowdesk 窗口，再恢复</translation>
    </message>
</context>
<context>
    <name>windowdesk.services.cases</name>
    <message>
        <source>carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Check the collector's ID number first (give it, or choose express)</source>
        <translation>请核验领取人的证件号码</translation>
    </message>
    <message>
        <source>The collector's ID {given} matches neither the applicant nor their agent; the result cannot be handed over</source>
        <translation>领取人证件号码 {given} 与申请人及其代理人均不一致，不能交付</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Only the special procedure notice is printed for one pause</source>
        <translation>只有特别程序告知书按中止计时分别打印，其他文书不能指定第几次中止</translation>
    </message>
    <message>
        <source>Case {no} has no pause number {pause} (it has {count})</source>
        <translation>案件 {no} 没有第 {pause} 次中止计时（共 {count} 次）</translation>
    </message>
    <message>
        <source>A document is one of {kinds}, not {kind}</source>
        <translation>文书类型须为 {kinds} 之一，而不是 {kind}</translation>
    </message>
    <message>
        <source>Case {no} has no {document} document in its current state</source>
        <translation>案件 {no} 当前没有{document}</translation>
    </message>
    <message>
        <source>The {document} document of case {no} has not been issued yet, so it cannot be reprinted</source>
        <translation>案件 {no} 的{document}尚未出具，不能补打</translation>
    </message>
    <message>
        <source>Select some cases first</source>
        <translation>请先选择案件</translation>
    </message>
    <message>
        <source>An extension is from 1 to {max} working days, not {n}</source>
        <translation>延期工作日须在 1 到 {max} 之间，而不是 {n}</translation>
    </message>
    <message>
        <source>Case {no} was already extended once ({n} working days); the law allows one extension</source>
        <translation>案件 {no} 已延期一次（{n} 个工作日），依法只能延期一次</translation>
    </message>
    <message>
        <source>reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>The extension of case {no} is already waiting for a supervisor</source>
        <translation>案件 {no} 的延期申请正在等待督查人员审批</translation>
    </message>
    <message>
        <source>Case {no} has no extension request waiting</source>
        <translation>案件 {no} 没有待审批的延期申请</translation>
    </message>
    <message>
        <source>reason for refusing</source>
        <translation>不批准的理由</translation>
    </message>
    <message>
        <source>Name the department that handles the cases</source>
        <translation>请指定承办部门</translation>
    </message>
    <message>
        <source>Case {no} is handled by {dept}, not by {code}</source>
        <translation>案件 {no} 的承办部门是 {dept}，不是 {code}</translation>
    </message>
    <message>
        <source>There are no accepted cases waiting to be handed over to {code}</source>
        <translation>没有待移交给 {code} 的已受理案件</translation>
    </message>
    <message>
        <source>No hand-over list numbered {no}</source>
        <translation>找不到流转单 {no}</translation>
    </message>
    <message>
        <source>Hand-over list {no} was signed for on {day} by {who}</source>
        <translation>流转单 {no} 已于 {day} 由 {who} 签收</translation>
    </message>
    <message>
        <source>Another counter has just changed the same case; reload it and try again</source>
        <translation>其他窗口刚刚处理了同一案件，请刷新后重试</translation>
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
        <source>The kind of pause is one of {kinds}, not {kind}</source>
        <translation>特别程序种类须为 {kinds} 之一，而不是 {kind}</translation>
    </message>
    <message>
        <source>reason for the pause</source>
        <translation>中止计时的理由</translation>
    </message>
    <message>
        <source>The expected working days must be from 1 to {max}, not {n}</source>
        <translation>预计所需工作日须在 1 到 {max} 之间，而不是 {n}</translation>
    </message>
    <message>
        <source>Case {no} is not paused; there is nothing to resume</source>
        <translation>案件 {no} 没有正在进行的特别程序，无需恢复计时</translation>
    </message>
    <message>
        <source>The clock cannot resume before it was paused on {start}</source>
        <translation>恢复日期不能早于中止日期 {start}</translation>
    </message>
    <message>
        <source>reasons for the denial</source>
        <translation>不予许可的理由</translation>
    </message>
    <message>
        <source>legal basis of the denial</source>
        <translation>不予许可的法律依据</translation>
    </message>
    <message>
        <source>applicant's written request</source>
        <translation>撤回申请（书面申请的内容）</translation>
    </message>
    <message>
        <source>reason for the return</source>
        <translation>退件理由</translation>
    </message>
    <message>
        <source>Please give the {what}</source>
        <translation>请填写{what}</translation>
    </message>
    <message>
        <source>Case {no} is paused (since {since}); resume the clock first</source>
        <translation>案件 {no} 正处于特别程序期间（{since} 起计时中止），请先恢复计时</translation>
    </message>
    <message>
        <source>Ticket {number} has no case recorded, so it cannot finish as '{outcome}': record the case first, or choose consultation, referral or another outcome</source>
        <translation>号票 {number} 尚未登记办件，不能以“{outcome}”结束：请先登记办件，或选择咨询、引导等结果</translation>
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
        <source>No matter version {ref}</source>
        <translation>找不到事项版本 {ref}</translation>
    </message>
    <message>
        <source>No matter with code {code}</source>
        <translation>找不到事项 {code}</translation>
    </message>
    <message>
        <source>Please correct: {problems}</source>
        <translation>填写有误：{problems}</translation>
    </message>
    <message>
        <source>No department with code {code}</source>
        <translation>找不到部门 {code}</translation>
    </message>
    <message>
        <source>{name} has {count} errors; nothing was imported (--skip-invalid imports the good rows)</source>
        <translation>{name} 有 {count} 处错误，未导入任何内容（可用 --skip-invalid 只导入正确的行）</translation>
    </message>
    <message>
        <source>Unsupported file type '{suffix}': use .json or .xlsx</source>
        <translation>不支持的文件类型“{suffix}”：请用 .json 或 .xlsx</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取文件 {path}：{reason}</translation>
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
        <source>{name} is not a catalogue: the top level should be an object with departments and matters</source>
        <translation>{name} 不是事项清单：最外层应为对象（含 departments 和 matters）</translation>
    </message>
    <message>
        <source>{name} is {fmt} version {version}; this program reads {expected} version {expected_version}</source>
        <translation>{name} 的格式为 {fmt} 第 {version} 版，本程序只读 {expected} 第 {expected_version} 版</translation>
    </message>
    <message>
        <source>{name} has no {key} list</source>
        <translation>{name} 缺少 {key} 列表</translation>
    </message>
    <message>
        <source>{name} holds no departments and no matters</source>
        <translation>{name} 中没有任何部门或事项</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>The template is an .xlsx file</source>
        <translation>模板须保存为 .xlsx 文件</translation>
    </message>
    <message>
        <source>{sheet}, row {row}{column}</source>
        <translation>{sheet} 第 {row} 行{column}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>contains invisible control characters</source>
        <translation>含有不可见的控制字符</translation>
    </message>
    <message>
        <source>should be text</source>
        <translation>应为文字</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>should be a whole number, not '{value}'</source>
        <translation>应为整数，而不是“{value}”</translation>
    </message>
    <message>
        <source>should be an amount</source>
        <translation>应为金额</translation>
    </message>
    <message>
        <source>should be an amount, not '{value}'</source>
        <translation>应为金额，而不是“{value}”</translation>
    </message>
    <message>
        <source>should be yes/no, not '{value}'</source>
        <translation>应为 是/否，而不是“{value}”</translation>
    </message>
    <message>
        <source>should be a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>the material '{name}' is listed twice</source>
        <translation>材料“{name}”重复</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>部门代码</translation>
    </message>
    <message>
        <source>matter code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>the {what} {code} appears more than once (rows {numbers})</source>
        <translation>{what} {code} 重复出现（第 {numbers} 行）</translation>
    </message>
    <message>
        <source>department {code} is neither in the file (or its row is bad) nor in the store</source>
        <translation>部门 {code} 不存在（文件和系统中都没有，或其行有错误）</translation>
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
        <source>{name}: sheet '{sheet}' has over {limit} rows</source>
        <translation>{name} 的“{sheet}”表超过 {limit} 行</translation>
    </message>
    <message>
        <source>{name} has no sheet '{sheet}' (start from an export or the template)</source>
        <translation>{name} 中没有“{sheet}”表（请使用导出的文件或模板）</translation>
    </message>
    <message>
        <source>the number should be a whole number</source>
        <translation>序号应为整数</translation>
    </message>
    <message>
        <source>{name}: the sheet '事项' (matters) is empty</source>
        <translation>{name} 的“事项”表是空的</translation>
    </message>
    <message>
        <source>no matter {code} on the matters sheet</source>
        <translation>事项表中没有事项 {code}</translation>
    </message>
    <message>
        <source>one of its materials is bad (materials sheet, row {row})</source>
        <translation>其材料有误（见“材料”表第 {row} 行）</translation>
    </message>
</context>
<context>
    <name>windowdesk.services.faults</name>
    <message>
        <source>the data folder</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>The disk is full ({where}): this action was not saved. Free some space and try again; everything saved before is safe.</source>
        <translation>磁盘空间不足：{where} 所在的磁盘已满，本次操作没有保存。请清理磁盘空间后重试；此前已保存的数据不受影响。</translation>
    </message>
    <message>
        <source>Cannot write: the disk of {where} is read-only (or not writable); this action was not saved. Check the disk and try again.</source>
        <translation>无法写入：{where} 所在的磁盘是只读的（或没有写入权限），本次操作没有保存。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The store is held by another program ({where}); waiting timed out and this action was not saved. Try again in a moment.</source>
        <translation>数据库正被另一个程序占用（{where}），等待超时，本次操作没有保存。请稍后重试。</translation>
    </message>
    <message>
        <source>The store file is damaged ({where}). Stop using it; an administrator restores the latest backup with windowdesk restore.</source>
        <translation>数据库文件已损坏（{where}）。请停止使用，由管理员用 windowdesk restore 从最近的备份恢复。</translation>
    </message>
    <message>
        <source>The database server does not answer ({where}); this action was not saved. Check the network or the server and try again.</source>
        <translation>无法连接数据库服务器（{where}），本次操作没有保存。请检查网络或服务器后重试。</translation>
    </message>
    <message>
        <source>A disk read or write failed ({where}); this action was not saved. Check the disk and try again.</source>
        <translation>磁盘读写出错（{where}），本次操作没有保存。请检查磁盘后重试。</translation>
    </message>
</context>
<context>
    <name>windowdesk.services.firstrun</name>
    <message>
        <source>The site name must not be empty</source>
        <translation>站点名称不能为空</translation>
    </message>
    <message>
        <source>Choose the kind of site</source>
        <translation>请选择站点类型</translation>
    </message>
    <message>
        <source>A site needs at least one window</source>
        <translation>至少需要一个窗口</translation>
    </message>
    <message>
        <source>A window number is given twice</source>
        <translation>窗口号不能重复</translation>
    </message>
    <message>
        <source>A site needs at least one queue category</source>
        <translation>至少需要一个排队类别</translation>
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
        <source>A category prefix is given twice</source>
        <translation>类别代号不能重复</translation>
    </message>
    <message>
        <source>Choose where the catalogue comes from</source>
        <translation>请选择事项目录的来源</translation>
    </message>
    <message>
        <source>The catalogue file is not there: {path}</source>
        <translation>找不到事项目录文件：{path}</translation>
    </message>
    <message>
        <source>Enter this site's password for the central store</source>
        <translation>请输入本站点连接中心库的密码</translation>
    </message>
    <message>
        <source>This store already has a site</source>
        <translation>此数据库已经设置过站点</translation>
    </message>
    <message>
        <source>Linked to the central store {url} as site {code} (device {device}).</source>
        <translation>已连接中心库 {url}，站点 {code}（设备 {device}）。</translation>
    </message>
    <message>
        <source>The link to the central store was not set up: {reason} The site works offline; an administrator can link it later with `windowdesk sync setup --central URL --site {code} --ca FILE`.</source>
        <translation>未能连接中心库：{reason} 本站点可离线工作；管理员以后可用 `windowdesk sync setup --central URL --site {code} --ca FILE` 连接。</translation>
    </message>
</context>
<context>
    <name>windowdesk.services.queue</name>
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
        <source>Ticket {number} is {state}; cannot {move}{why}</source>
        <translation>号码 {number} 当前为“{state}”，不能{move}{why}</translation>
    </message>
    <message>
        <source>The outcome is one of {choices}, not {value}</source>
        <translation>办理结果须为 {choices} 之一，而不是 {value}</translation>
    </message>
    <message>
        <source>There is no window {w}</source>
        <translation>没有 {w} 号窗口</translation>
    </message>
    <message>
        <source>{number} was recalled {done} times; recall it {needed} times before a no-show</source>
        <translation>{number} 号已重呼 {done} 次，须重呼 {needed} 次后才能过号</translation>
    </message>
    <message>
        <source>A transfer needs a reason</source>
        <translation>转移须填写原因</translation>
    </message>
    <message>
        <source>Choose the category or window to transfer to</source>
        <translation>请选择转往的类别或窗口</translation>
    </message>
    <message>
        <source>A pause needs a reason</source>
        <translation>暂停须填写原因</translation>
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
        <source>interleave priority with ordinary</source>
        <translation>优先号与普通号穿插</translation>
    </message>
    <message>
        <source>priority first</source>
        <translation>优先号总是先叫</translation>
    </message>
    <message>
        <source>no priority</source>
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
        <source>{kind} priority</source>
        <translation>{kind}优先</translation>
    </message>
    <message>
        <source>{name} is not issuing tickets now (hours {hours}); please come back at {next}</source>
        <translation>{name} 现在不在取号时间（{hours}），请于 {next} 后再来取号</translation>
    </message>
    <message>
        <source>{name} has stopped issuing tickets for today (hours {hours}); please come back on the next working day</source>
        <translation>{name} 今日取号时间已过（{hours}），请于下一个工作日再来</translation>
    </message>
    <message>
        <source>The priority kind is one of {choices}, not {kind}</source>
        <translation>优先类型须为 {choices} 之一，而不是 {kind}</translation>
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
    <message>
        <source>Window {w} is paused ({reason}); resume it first</source>
        <translation>{w} 号窗口已暂停（{reason}），请先恢复</translation>
    </message>
    <message>
        <source>Window {w} still has {number}: finish, mark no-show or transfer it first</source>
        <translation>{w} 号窗口的 {number} 号尚未结束：请先办结、过号或转移</translation>
    </message>
</context>
<context>
    <name>windowdesk.services.ratings</name>
    <message>
        <source>Group by one of {choices}, not {by}</source>
        <translation>统计分组须为 {choices} 之一，而不是 {by}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>There is no follow-up {number}</source>
        <translation>找不到整改单 {number}</translation>
    </message>
    <message>
        <source>No user {login}</source>
        <translation>找不到用户 {login}</translation>
    </message>
    <message>
        <source>A staff number is 1 to 32 letters, digits or -, not '{value}'</source>
        <translation>工号须为 1 到 32 位字母、数字或 -，而不是“{value}”</translation>
    </message>
    <message>
        <source>Cannot read the photo: {reason}</source>
        <translation>无法读取照片：{reason}</translation>
    </message>
    <message>
        <source>There is no ticket {number} on {day}</source>
        <translation>找不到 {day} 的号码 {number}</translation>
    </message>
    <message>
        <source>There is no such ticket</source>
        <translation>找不到该号码</translation>
    </message>
    <message>
        <source>Ticket {number} is {state}, not finished, so it cannot be rated</source>
        <translation>号码 {number} 当前为“{state}”，尚未办结，不能评价</translation>
    </message>
    <message>
        <source>No case numbered {no}</source>
        <translation>找不到案件 {no}</translation>
    </message>
    <message>
        <source>The result of case {no} has not been handed over yet, so it cannot be rated</source>
        <translation>办件 {no} 的结果尚未送达，不能评价</translation>
    </message>
    <message>
        <source>There is no such delivery</source>
        <translation>找不到该送达记录</translation>
    </message>
    <message>
        <source>The result of case {no} was sent by express: only a result handed over at a window is rated</source>
        <translation>办件 {no} 的结果通过快递送达：只有在窗口领取的结果才能评价</translation>
    </message>
    <message>
        <source>A rating is of one of {kinds}, not {kind}</source>
        <translation>评价对象须为 {kinds} 之一，而不是 {kind}</translation>
    </message>
    <message>
        <source>{label} ({day}) has been rated already: one rating per visit</source>
        <translation>号码 {label}（{day}）已评价过，一次服务只能评价一次</translation>
    </message>
    <message>
        <source>The rating source is one of {choices}, not {source}</source>
        <translation>评价来源须为 {choices} 之一，而不是 {source}</translation>
    </message>
    <message>
        <source>Counter staff cannot rate in the applicant's place: the applicant rates on the rating pad</source>
        <translation>窗口工作人员不能代替申请人评价：请申请人在评价器上评价</translation>
    </message>
</context>
<context>
    <name>windowdesk.services.site</name>
    <message>
        <source>The number of working days must be from 0 to {max}, not {n}</source>
        <translation>工作日数须在 0 到 {max} 之间，而不是 {n}</translation>
    </message>
    <message>
        <source>The date is out of range: {n} working days after {start}</source>
        <translation>日期超出可计算的范围：{start} 之后 {n} 个工作日</translation>
    </message>
    <message>
        <source>The year must be from 2000 to 2100</source>
        <translation>年份须在 2000 到 2100 之间</translation>
    </message>
    <message>
        <source>Line {n} is not 'DATE holiday|workday NOTE' (e.g. 2027-10-01 holiday National Day): '{line}'</source>
        <translation>第 {n} 行格式不对：“{line}”（应为 日期 holiday|workday 备注，如 2027-10-01 holiday 国庆节）</translation>
    </message>
    <message>
        <source>Line {n}: {day} appears twice</source>
        <translation>第 {n} 行：{day} 重复出现</translation>
    </message>
    <message>
        <source>The file must hold the dates of exactly one year; it has {years}</source>
        <translation>文件须正好包含一年的日期，而它包含 {years}</translation>
    </message>
    <message>
        <source>This site syncs with central, which owns the working-day calendar; it cannot be imported here</source>
        <translation>本站点与中心库同步，工作日日历由中心维护，不能在本站导入</translation>
    </message>
    <message>
        <source>Wrong user name or password ({n} failures in a row lock the login for {m} minutes)</source>
        <translation>用户名或密码不正确（连续输错 {n} 次，账户将锁定 {m} 分钟）</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>The current password is wrong</source>
        <translation>原密码不正确</translation>
    </message>
    <message>
        <source>The new password must differ from the current one</source>
        <translation>新密码不能与原密码相同</translation>
    </message>
    <message>
        <source>Cannot unlock: enter this user's or an administrator's name and password</source>
        <translation>无法解锁：须输入本人或管理员的用户名和正确密码</translation>
    </message>
    <message>
        <source>Cannot leave the kiosk: enter an administrator's user name and password ({n} failures in a row lock the login for {m} minutes)</source>
        <translation>无法退出取号机：须输入管理员的用户名和正确密码（连续输错 {n} 次，该账户将锁定 {m} 分钟）</translation>
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
        <source>This store already serves site {current}; it cannot become {code}</source>
        <translation>此数据库已属于站点 {current}，不能再初始化为 {code}</translation>
    </message>
    <message>
        <source>This store's site record is missing</source>
        <translation>找不到本站点的记录</translation>
    </message>
    <message>
        <source>A window's name and department are at most 120 characters</source>
        <translation>窗口名称和部门均不能超过 120 个字</translation>
    </message>
    <message>
        <source>A window number is from 1 to 999, not {n}</source>
        <translation>窗口号须在 1 到 999 之间，而不是 {n}</translation>
    </message>
    <message>
        <source>Window {n} already exists</source>
        <translation>{n} 号窗口已存在</translation>
    </message>
    <message>
        <source>This site has no window {n}</source>
        <translation>本站点没有 {n} 号窗口</translation>
    </message>
    <message>
        <source>The window name must not be empty</source>
        <translation>窗口名称不能为空</translation>
    </message>
    <message>
        <source>No user {login}</source>
        <translation>找不到用户 {login}</translation>
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
        <source>A staff number is up to 32 letters, digits or -, not '{no}'</source>
        <translation>工号须为至多 32 位字母、数字或 -，而不是“{no}”</translation>
    </message>
    <message>
        <source>This site has no window {w}</source>
        <translation>本站点没有 {w} 号窗口</translation>
    </message>
    <message>
        <source>{login} is this site's only administrator and cannot be disabled or given another role; make someone else an administrator first</source>
        <translation>{login} 是本站点唯一的管理员，不能停用或改为其他角色；请先另设一名管理员</translation>
    </message>
    <message>
        <source>User {login} already exists</source>
        <translation>用户 {login} 已存在</translation>
    </message>
    <message>
        <source>The name must not be empty</source>
        <translation>姓名不能为空</translation>
    </message>
</context>
<context>
    <name>windowdesk.services.supervision</name>
    <message>
        <source>There is no card or exception {ref}</source>
        <translation>没有编号为 {ref} 的黄红牌或异常</translation>
    </message>
    <message>
        <source>Please write a note</source>
        <translation>请填写说明内容</translation>
    </message>
    <message>
        <source>Only {login}, who is responsible for it, or a supervisor may explain this</source>
        <translation>只有责任人 {login} 或监察人员可以对此作出说明</translation>
    </message>
    <message>
        <source>This has been closed already</source>
        <translation>该事项已办结，不能再处理</translation>
    </message>
    <message>
        <source>Please give the date it must be answered by</source>
        <translation>请填写督办期限</translation>
    </message>
    <message>
        <source>The date to answer by cannot be before today</source>
        <translation>答复期限不能早于今天</translation>
    </message>
    <message>
        <source>The conclusion must be justified or unjustified, not {value}</source>
        <translation>结论须为 justified（属实）或 unjustified（不属实），而不是 {value}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>The report file must end in .xlsx or .pdf: {path}</source>
        <translation>报表文件须以 .xlsx 或 .pdf 结尾：{path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>There is no site with the code {code}</source>
        <translation>没有编码为 {code} 的站点</translation>
    </message>
    <message>
        <source>Cannot sort by {column}</source>
        <translation>不能按 {column} 排序</translation>
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
        <source>On the central store this account belongs to site {actual}, not {code}</source>
        <translation>中心库中此账号属于站点 {actual}，而不是 {code}</translation>
    </message>
    <message>
        <source>This store serves site {current}; it cannot sync as site {code}</source>
        <translation>此数据库属于站点 {current}，不能与站点 {code} 同步</translation>
    </message>
    <message>
        <source>This store already syncs as device {old}; it cannot become device {new}</source>
        <translation>此数据库已作为 {old} 号设备同步，不能改为 {new} 号</translation>
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
        <source>No such conflict</source>
        <translation>找不到该冲突记录</translation>
    </message>
    <message>
        <source>This conflict has already been settled</source>
        <translation>该冲突已处理</translation>
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
        <source>Unrecognised database URL: {url}</source>
        <translation>无法识别的数据库地址：{url}</translation>
    </message>
    <message>
        <source>The embedded store must be a file, not memory</source>
        <translation>嵌入式数据库必须是一个文件</translation>
    </message>
    <message>
        <source>Unsupported database kind: {backend} (use sqlite or postgresql)</source>
        <translation>不支持的数据库类型：{backend}（支持 sqlite 和 postgresql）</translation>
    </message>
    <message>
        <source>After the upgrade, rows reference missing records ({count} in all; e.g. {table} row {rowid} -&gt; {parent})</source>
        <translation>升级后发现 {count} 行引用了不存在的记录（例如 {table} 第 {rowid} 行引用 {parent}）</translation>
    </message>
</context>
<context>
    <name>windowdesk.sync</name>
    <message>
        <source>The central store must be a PostgreSQL database, not {url}</source>
        <translation>中心库必须是 PostgreSQL 数据库，而不是 {url}</translation>
    </message>
    <message>
        <source>The central store refused the connection: {reason}</source>
        <translation>中心库拒绝连接：{reason}</translation>
    </message>
    <message>
        <source>Cannot reach the central store: {reason}</source>
        <translation>无法连接中心库：{reason}</translation>
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
        <source>The central store and this store disagree at op {mark}: call the administrator</source>
        <translation>中心库与本机的同步记录不一致（序号 {mark}）：请联系管理员</translation>
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
        <source>This store lacks {n} ops central has (restored or re-installed): new ops follow central's, number counters raised</source>
        <translation>本机比中心库少 {n} 条操作（从备份恢复或重新安装）：新操作接在中心库之后，编号计数器已调高</translation>
    </message>
    <message>
        <source>The central store refused batch {first}–{last}: {reason}</source>
        <translation>中心库拒绝了批次 {first}–{last}：{reason}</translation>
    </message>
    <message>
        <source>The central store keeps refusing batches ({status}, mark {mark})</source>
        <translation>中心库反复拒绝批次（{status}，标记 {mark}）</translation>
    </message>
    <message>
        <source>Sync is not set up: run windowdesk sync setup first</source>
        <translation>尚未设置同步：请先运行 windowdesk sync setup</translation>
    </message>
    <message>
        <source>CA certificate file {file} not found</source>
        <translation>找不到 CA 证书文件 {file}</translation>
    </message>
    <message>
        <source>{file} is not a CA certificate in PEM format</source>
        <translation>{file} 不是 PEM 格式的 CA 证书</translation>
    </message>
    <message>
        <source>Sync with central requires TLS: give central's CA certificate with windowdesk sync setup --ca FILE</source>
        <translation>与中心库的同步须使用 TLS：请用 windowdesk sync setup --ca 文件 指定中心库的 CA 证书</translation>
    </message>
    <message>
        <source>The central server does not offer TLS (SSL): to protect the data, no plain connection is made</source>
        <translation>中心库服务器未启用 TLS（SSL）：为保护数据，不以明文连接</translation>
    </message>
    <message>
        <source>The central server's certificate is for another name than the address, it may be another server: connection refused ({reason})</source>
        <translation>中心库服务器证书上的名称与地址不符，可能连到了别的服务器：已拒绝连接（{reason}）</translation>
    </message>
    <message>
        <source>The central server's certificate cannot be verified with the CA given at setup, it may be another server: connection refused ({reason})</source>
        <translation>无法用设置时给出的 CA 证书验证中心库服务器的证书，可能连到了别的服务器：已拒绝连接（{reason}）</translation>
    </message>
    <message>
        <source>This PC's copy of central's CA certificate is unusable: run windowdesk sync setup --ca FILE again ({reason})</source>
        <translation>本机的中心库 CA 证书文件不可用：请重新运行 windowdesk sync setup --ca 文件（{reason}）</translation>
    </message>
</context>
<context>
    <name>windowdesk.sync.central_schema</name>
    <message>
        <source>The central store's schema is version {db}, newer than this program's ({code}): run central init with the newer version</source>
        <translation>中心库架构版本为 {db}，比本程序（{code}）新：请用新版本运行 central init</translation>
    </message>
    <message>
        <source>Central schema file {version:04d}_{name}.sql differs from the one applied on the central store (the file was edited)</source>
        <translation>中心库架构文件 {version:04d}_{name}.sql 与中心库已应用的版本不一致（文件被改过）</translation>
    </message>
    <message>
        <source>The central store's sync schema (version {found}) predates version 1 and cannot be upgraded automatically</source>
        <translation>中心库的同步架构（版本 {found}）早于可升级的版本 1，无法自动升级</translation>
    </message>
</context>
<context>
    <name>windowdesk.ui</name>
    <message>
        <source>Choose your own password before you start work</source>
        <translation>须先设置自己的密码才能开始工作</translation>
    </message>
    <message>
        <source>zh_CN</source>
        <translation>中文（简体）</translation>
    </message>
</context>
<context>
    <name>windowdesk.ui.admin</name>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>Choose a day first</source>
        <translation>请先选择一天</translation>
    </message>
    <message>
        <source>The window number in row {row} is not a number</source>
        <translation>第 {row} 行的窗口号不是数字</translation>
    </message>
    <message>
        <source>The site name must not be empty</source>
        <translation>站点名称不能为空</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>A window number is given twice</source>
        <translation>窗口号不能重复</translation>
    </message>
    <message>
        <source>{key}: {reason}</source>
        <translation>{key}：{reason}</translation>
    </message>
</context>
<context>
    <name>windowdesk.ui.catalogue</name>
    <message>
        <source>the validity is a number of days</source>
        <translation>有效期应为天数</translation>
    </message>
    <message>
        <source>the fee should be a number</source>
        <translation>收费金额应为数字</translation>
    </message>
</context>
</TS>