<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />

<title>Cloudy water after adding new substrate - Aquarium Keepers Forum</title>

<link rel="alternate" type="application/atom+xml" title="Feed - Aquarium Keepers Forum" href="/app.php/feed?sid=8f2c">
<link rel="canonical" href="https://forum.aquarium-keepers.net/viewtopic.php?t=4412">

<link href="./assets/css/font-awesome.min.css?assets_version=38" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=38" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=38" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">

<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner">
			<div class="inner">
			<div id="site-description" class="site-description">
				<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a>
				<h1>Aquarium Keepers Forum</h1>
				<p>Freshwater, planted and brackish tanks: ask, share, learn</p>
				<p class="skiplink"><a href="#start_here">Skip to content</a></p>
			</div>
			<div id="search-box" class="search-box search-header" role="search">
				<form action="./search.php" method="get" id="search">
				<fieldset>
					<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…" />
					<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button>
					<a href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced search</span></a>
				</fieldset>
				</form>
			</div>
			</div>
		</div>
		<div class="navbar" role="navigation">
			<div class="inner">
			<ul id="nav-main" class="nav-main linklist" role="menubar">
				<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>
				<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login&amp;redirect=viewtopic.php%3Ft%3D4412" title="Login" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li>
				<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o  fa-fw" aria-hidden="true"></i><span>Register</span></a></li>
			</ul>
			<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
				<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
					<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a href="./index.php" itemtype="https://schema.org/Thing" itemscope itemprop="item" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">Board index</span></a><meta itemprop="position" content="1" /></span>
					<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="3"><a href="./viewforum.php?f=3" itemtype="https://schema.org/Thing" itemscope itemprop="item"><span itemprop="name">Freshwater Tanks</span></a><meta itemprop="position" content="2" /></span>
					<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="7"><a href="./viewforum.php?f=7" itemtype="https://schema.org/Thing" itemscope itemprop="item"><span itemprop="name">Water Quality &amp; Filtration</span></a><meta itemprop="position" content="3" /></span>
				</li>
			</ul>
			</div>
		</div>
	</div>

	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">

<h2 class="topic-title"><a href="./viewtopic.php?t=4412">Cloudy water after adding new substrate</a></h2>
<div class="action-bar bar-top">
	<a href="./posting.php?mode=reply&amp;t=4412" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
	<div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div>
</div>

<div id="p30117" class="post has-profile bg2">
	<div class="inner">
		<dl class="postprofile" id="profile30117">
			<dt class="has-profile-rank has-avatar">
				<div class="avatar-container"><a href="./memberlist.php?mode=viewprofile&amp;u=812" class="avatar"><img class="avatar" src="./download/file.php?avatar=812_1650.jpg" width="90" height="90" alt="User avatar" /></a></div>
				<a href="./memberlist.php?mode=viewprofile&amp;u=812" class="username">guppygrace</a>
			</dt>
			<dd class="profile-rank">Regular</dd>
			<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=812&amp;sr=posts">214</a></dd>
			<dd class="profile-joined"><strong>Joined:</strong> Tue Mar 09, 2021 6:40 pm</dd>
		</dl>
		<div class="postbody">
			<div id="post_content30117">
				<h3 class="first"><a href="./viewtopic.php?p=30117#p30117">Cloudy water after adding new substrate</a></h3>
				<p class="author"><a class="unread" href="./viewtopic.php?p=30117#p30117" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=812" class="username">guppygrace</a></strong> &raquo; </span><time datetime="2024-02-03T18:22:41+00:00">Sat Feb 03, 2024 6:22 pm</time></p>
				<div class="content">I swapped the gravel in my 120 litre tank for a sand and aqua soil mix on Thursday. I rinsed the sand for ages but the water is still milky white two days later. Filter is a canister rated for 300 l/h. Fish seem fine. Should I do water changes or just wait it out?</div>
				<div id="sig30117" class="signature">120 l planted community &bull; 60 l shrimp tank &bull; <a href="https://www.guppygrace-aquascapes.com/" class="postlink">my tank journal</a></div>
			</div>
		</div>
		<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div>
	</div>
</div>
<hr class="divider" />

<div id="p30121" class="post has-profile bg1">
	<div class="inner">
		<dl class="postprofile" id="profile30121">
			<dt class="has-profile-rank no-avatar">
				<a href="./memberlist.php?mode=viewprofile&amp;u=77" class="username-coloured" style="color: #AA0000;">DrTetra</a>
			</dt>
			<dd class="profile-rank">Moderator</dd>
			<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=77&amp;sr=posts">6903</a></dd>
			<dd class="profile-joined"><strong>Joined:</strong> Sun Jan 14, 2018 11:02 am</dd>
		</dl>
		<div class="postbody">
			<div id="post_content30121">
				<h3><a href="./viewtopic.php?p=30121#p30121">Re: Cloudy water after adding new substrate</a></h3>
				<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=77" class="username-coloured">DrTetra</a></strong> &raquo; </span><time datetime="2024-02-03T19:05:12+00:00">Sat Feb 03, 2024 7:05 pm</time></p>
				<div class="content">That is almost always fine particles from the sand, not a bacterial bloom, if it appeared right after the change. Add a layer of filter floss in the canister and rinse it every day for a few days. The <a href="https://www.fishkeeping-basics.org/water/cloudy-water/" class="postlink">cloudy water guide on Fishkeeping Basics</a> has photos that help tell the two apart.</div>
			</div>
		</div>
	</div>
</div>
<hr class="divider" />

<div id="p30140" class="post has-profile bg2">
	<div class="inner">
		<dl class="postprofile" id="profile30140">
			<dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=1542" class="username">shrimpdaddy</a></dt>
			<dd class="profile-rank">New member</dd>
			<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=1542&amp;sr=posts">12</a></dd>
		</dl>
		<div class="postbody">
			<div id="post_content30140">
				<h3><a href="./viewtopic.php?p=30140#p30140">Re: Cloudy water after adding new substrate</a></h3>
				<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=1542" class="username">shrimpdaddy</a></strong> &raquo; </span><time datetime="2024-02-04T08:40:55+00:00">Sun Feb 04, 2024 8:40 am</time></p>
				<div class="content">Same happened to me. Filter floss sorted it in three days. I bought mine from <a href="https://www.snugglepup-beds.com/" class="postlink">this shop</a> by mistake, wrong tab, ignore that link haha. Any aquarium shop sells it.</div>
			</div>
		</div>
	</div>
</div>
<hr class="divider" />

<div id="p30152" class="post has-profile bg1">
	<div class="inner">
		<dl class="postprofile" id="profile30152">
			<dt class="has-profile-rank has-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=812" class="username">guppygrace</a></dt>
			<dd class="profile-rank">Regular</dd>
		</dl>
		<div class="postbody">
			<div id="post_content30152">
				<h3><a href="./viewtopic.php?p=30152#p30152">Re: Cloudy water after adding new substrate</a></h3>
				<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=812" class="username">guppygrace</a></strong> &raquo; </span><time datetime="2024-02-06T21:13:30+00:00">Tue Feb 06, 2024 9:13 pm</time></p>
				<div class="content">Floss did it. Crystal clear this morning. Thanks both!</div>
				<div id="sig30152" class="signature">120 l planted community &bull; 60 l shrimp tank &bull; <a href="https://www.guppygrace-aquascapes.com/" class="postlink">my tank journal</a></div>
			</div>
		</div>
	</div>
</div>
<hr class="divider" />

<div class="action-bar bar-bottom">
	<a href="./posting.php?mode=reply&amp;t=4412" class="button" title="Post a reply"><span>Post Reply</span></a>
	<div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div>
</div>
<div class="action-bar actions-jump">
	<p class="jumpbox-return"><a href="./viewforum.php?f=7" class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to &ldquo;Water Quality &amp; Filtration&rdquo;</span></a></p>
</div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div>
	</div>

<div id="page-footer" class="page-footer" role="contentinfo">
	<div class="navbar" role="navigation">
		<div class="inner">
		<ul id="nav-footer" class="nav-footer linklist" role="menubar">
			<li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Board index</span></a></span></li>
			<li class="rightside"><a href="./memberlist.php?mode=team" role="menuitem"><i class="icon fa-shield fa-fw" aria-hidden="true"></i><span>The team</span></a></li>
			<li class="rightside"><a href="./memberlist.php?mode=contactadmin" role="menuitem"><i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Contact us</span></a></li>
		</ul>
		</div>
	</div>
	<div class="copyright">
		<p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p>
		<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p>
	</div>
</div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=38"></script>
<script src="./assets/javascript/core.js?assets_version=38"></script>
</body>
</html>
